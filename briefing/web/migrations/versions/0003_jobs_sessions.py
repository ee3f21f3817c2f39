"""Jobs know their worker, heartbeat and attempts (restarts resume them); server-side
sessions that signing out revokes."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    """Add worker, heartbeat and attempts to jobs; create the sessions table."""
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("worker", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("heartbeat", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("expires", sa.DateTime, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Drop the sessions table and the three job columns."""
    op.drop_table("sessions")
    with op.batch_alter_table("jobs") as batch:
        for column in ("attempts", "heartbeat", "worker"):
            batch.drop_column(column)
