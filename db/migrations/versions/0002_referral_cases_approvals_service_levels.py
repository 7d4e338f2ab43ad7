"""referral cases, approvals, service levels

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 02:12:54.715924
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_counter',
    sa.Column('case_prefix', sa.String(length=10), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('case_prefix', 'fiscal_year', name=op.f('pk_case_counter'))
    )
    op.create_table('service_level',
    sa.Column('step', sa.String(length=16), nullable=False),
    sa.Column('need', sa.String(length=24), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('step', 'need', name=op.f('pk_service_level'))
    )
    op.create_table('referral_case',
    sa.Column('case_no', sa.String(length=32), nullable=False),
    sa.Column('case_prefix', sa.String(length=10), nullable=False),
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=True),
    sa.Column('reporter_note', sa.String(length=200), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('person_sort_key', sa.String(length=200).with_variant(sa.String(length=200, collation='C'), 'postgresql'), nullable=False),
    sa.Column('person_national_id', sa.String(length=13), nullable=False),
    sa.Column('person_phone', sa.String(length=20), nullable=False),
    sa.Column('subdistrict_code', sa.String(length=6), nullable=False),
    sa.Column('district_code', sa.String(length=4), nullable=False),
    sa.Column('village_no', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('urgency', sa.String(length=16), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('received', 'screening', 'referred', 'in_progress', 'handled_by_office', 'returned', 'resolved', 'closed', 'rejected', 'duplicate', name='case_status', native_enum=False, length=24), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('status_since', sa.Date(), nullable=False),
    sa.Column('sla_days', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('agency', sa.String(length=16), nullable=True),
    sa.Column('agency_contact', sa.String(length=300), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=True),
    sa.Column('assigned_to_id', sa.Integer(), nullable=True),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=32), nullable=True),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('pending_approval', sa.String(length=24), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to_id'], ['app_user.id'], name=op.f('fk_referral_case_assigned_to_id_app_user')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_referral_case_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['referral_case.id'], name=op.f('fk_referral_case_duplicate_of_id_referral_case')),
    sa.ForeignKeyConstraint(['reporter_id'], ['person.id'], name=op.f('fk_referral_case_reporter_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_case')),
    sa.UniqueConstraint('case_no', name=op.f('uq_referral_case_case_no')),
    sa.UniqueConstraint('fiscal_year', 'seq', 'case_prefix', name=op.f('uq_referral_case_fiscal_year'))
    )
    with op.batch_alter_table('referral_case', schema=None) as batch_op:
        batch_op.create_index('ix_case_assigned_open', ['assigned_to_id', 'is_open'], unique=False)
        batch_op.create_index('ix_case_open_due', ['is_open', 'due_on'], unique=False)
        batch_op.create_index('ix_case_status_received', ['status', 'received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_agency'), ['agency'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_district_code'), ['district_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_pending_approval'), ['pending_approval'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_person_national_id'), ['person_national_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_person_sort_key'), ['person_sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_reporter_id'), ['reporter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_case_subdistrict_code'), ['subdistrict_code'], unique=False)

    op.create_table('approval_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('target_status', sa.String(length=24), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['referral_case.id'], name=op.f('fk_approval_request_case_id_referral_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['app_user.id'], name=op.f('fk_approval_request_decided_by_id_app_user')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['app_user.id'], name=op.f('fk_approval_request_requested_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_request'))
    )
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_request_case_id'), ['case_id'], unique=False)

    op.create_table('case_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=24), nullable=True),
    sa.Column('to_status', sa.String(length=24), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['referral_case.id'], name=op.f('fk_case_event_case_id_referral_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_case_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('case_need',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('need', sa.Enum('job', 'training', 'social_security', 'protection', 'safety', 'abroad', 'other', name='need', native_enum=False, length=24), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['referral_case.id'], name=op.f('fk_case_need_case_id_referral_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_need')),
    sa.UniqueConstraint('case_id', 'need', name=op.f('uq_case_need_case_id'))
    )
    with op.batch_alter_table('case_need', schema=None) as batch_op:
        batch_op.create_index('ix_case_need_need_case', ['need', 'case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_need', schema=None) as batch_op:
        batch_op.drop_index('ix_case_need_need_case')

    op.drop_table('case_need')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))

    op.drop_table('case_event')
    with op.batch_alter_table('approval_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_approval_request_case_id'))

    op.drop_table('approval_request')
    with op.batch_alter_table('referral_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_case_subdistrict_code'))
        batch_op.drop_index(batch_op.f('ix_referral_case_reporter_id'))
        batch_op.drop_index(batch_op.f('ix_referral_case_received_on'))
        batch_op.drop_index(batch_op.f('ix_referral_case_person_sort_key'))
        batch_op.drop_index(batch_op.f('ix_referral_case_person_national_id'))
        batch_op.drop_index(batch_op.f('ix_referral_case_pending_approval'))
        batch_op.drop_index(batch_op.f('ix_referral_case_district_code'))
        batch_op.drop_index(batch_op.f('ix_referral_case_agency'))
        batch_op.drop_index('ix_case_status_received')
        batch_op.drop_index('ix_case_open_due')
        batch_op.drop_index('ix_case_assigned_open')

    op.drop_table('referral_case')
    op.drop_table('service_level')
    op.drop_table('case_counter')
