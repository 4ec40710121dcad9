"""The evaluation: questionnaire, anonymous responses, and the coding board's categories and cards.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "eval_question",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("choices", sa.Text, nullable=False, server_default="[]"),
        sa.Column("multiple", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("low_label", sa.String, nullable=False, server_default=""),
        sa.Column("high_label", sa.String, nullable=False, server_default=""),
    )
    op.create_table(
        "eval_response",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("respondent", sa.String, nullable=False, unique=True),
        sa.Column("source", sa.String, nullable=False, server_default="phone"),
    )
    op.create_table(
        "eval_answer",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("response_id", sa.Integer, sa.ForeignKey("eval_response.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("question_id", sa.Integer, sa.ForeignKey("eval_question.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("value", sa.Text, nullable=False, server_default="null"),
        sa.UniqueConstraint("response_id", "question_id", name="uq_eval_answer"),
    )
    op.create_table(
        "eval_category",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("finding", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "eval_card",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("answer_id", sa.Integer, sa.ForeignKey("eval_answer.id", ondelete="CASCADE"), nullable=True, unique=True),
        sa.Column("summary_id", sa.Integer, sa.ForeignKey("summary.id", ondelete="CASCADE"), nullable=True, index=True),
        sa.Column("paragraph", sa.Integer, nullable=False, server_default="0"),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("origin", sa.String, nullable=False, server_default=""),
        sa.Column("quote", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "eval_coding",
        sa.Column("card_id", sa.Integer, sa.ForeignKey("eval_card.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("category_id", sa.Integer, sa.ForeignKey("eval_category.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


def downgrade() -> None:
    for table in ("eval_coding", "eval_card", "eval_category", "eval_answer", "eval_response", "eval_question"):
        op.drop_table(table)
