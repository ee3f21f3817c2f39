"""Briefs, jobs, segments and revisions."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    """Create the briefs, jobs, segments and revisions tables."""
    op.create_table(
        "briefs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("state", sa.String(20), nullable=False, server_default="queued"),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("run_dir", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brief_id", sa.Integer, sa.ForeignKey("briefs.id"), nullable=False, index=True),
        sa.Column("state", sa.String(20), nullable=False, server_default="queued"),
        sa.Column("stage", sa.String(100), nullable=False, server_default=""),
        sa.Column("done", sa.Integer, nullable=False, server_default="0"),
        sa.Column("total", sa.Integer, nullable=False, server_default="0"),
        sa.Column("stages", sa.Text, nullable=False, server_default=""),
        sa.Column("error", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("finished", sa.DateTime, nullable=True),
    )
    op.create_table(
        "segments",
        sa.Column("brief_id", sa.Integer, sa.ForeignKey("briefs.id"), primary_key=True),
        sa.Column("segment_id", sa.String(20), primary_key=True),
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("origin", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("brief_id", sa.Integer, sa.ForeignKey("briefs.id"), nullable=False, index=True),
        sa.Column("segment_id", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("before_text", sa.Text, nullable=False),
        sa.Column("before_status", sa.String(20), nullable=False),
        sa.Column("after_text", sa.Text, nullable=False),
        sa.Column("after_status", sa.String(20), nullable=False),
        sa.Column("by", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("undone", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Drop the four tables."""
    for table in ("revisions", "segments", "jobs", "briefs"):
        op.drop_table(table)
