"""Digests of several finished briefs: the digest, the briefs it is built from, and its
job in the jobs table (a job now has a brief or a digest)."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    """Create the digests and digest_briefs tables; a job's brief_id becomes optional and
    it gets a digest_id."""
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        sa.Column("state", sa.String(20), nullable=False, server_default="queued"),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("folder", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
    )
    op.create_table(
        "digest_briefs",
        sa.Column("digest_id", sa.Integer, sa.ForeignKey("digests.id"), primary_key=True),
        sa.Column("brief_id", sa.Integer, sa.ForeignKey("briefs.id"), primary_key=True, index=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    with op.batch_alter_table("jobs") as batch:
        batch.alter_column("brief_id", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("digest_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_jobs_digest_id", "digests", ["digest_id"], ["id"])
        batch.create_index("ix_jobs_digest_id", ["digest_id"])


def downgrade() -> None:
    """Drop jobs.digest_id (a job needs its brief again) and the two digest tables."""
    with op.batch_alter_table("jobs") as batch:
        batch.drop_index("ix_jobs_digest_id")
        batch.drop_constraint("fk_jobs_digest_id", type_="foreignkey")
        batch.drop_column("digest_id")
        batch.alter_column("brief_id", existing_type=sa.Integer, nullable=False)
    op.drop_table("digest_briefs")
    op.drop_table("digests")
