"""Use cases of referral cases (ชี้เป้า คัดกรอง ส่งต่อ): intake, queues, workflow steps,
approvals, service levels and printing. ``service.CaseService`` is what callers use; the
modules beside it are plain functions taking the ``ServiceContext``."""
