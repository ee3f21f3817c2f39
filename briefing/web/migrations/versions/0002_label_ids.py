"""Labels (fact.organisation.12, event.organiser.3 …) are reviewed like segments: ids
up to 64 characters."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    """Widen segment_id to 64 characters in segments and revisions."""
    for table in ("segments", "revisions"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "segment_id",
                type_=sa.String(64),
                existing_type=sa.String(20),
                existing_nullable=False,
            )


def downgrade() -> None:
    """Narrow segment_id back to 20 characters."""
    for table in ("segments", "revisions"):
        with op.batch_alter_table(table) as batch:
            batch.alter_column(
                "segment_id",
                type_=sa.String(20),
                existing_type=sa.String(64),
                existing_nullable=False,
            )
