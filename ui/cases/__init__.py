"""Referral cases (ชี้เป้า คัดกรอง ส่งต่อ) in the window.

* ``intake_dialog.IntakeDialog`` — key in a new case (form in ``intake_form``, reporter search
  in ``reporter_picker``, need checkboxes in ``need_picker``, the duplicate question in
  ``duplicate_dialog``).
* ``case_page.CasePage`` — one case: details (``case_details``), timeline (``timeline_view``),
  the pending approval (``approval_dialog``) and the actions allowed now (``case_actions``,
  ``move_dialog``, ``case_dialogs``).
* ``queue_*`` — the queue page with its saved views and filters.
"""
