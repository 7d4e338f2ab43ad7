"""Use cases of mentoring: who mentors whom, the mentor's workspace, visits, evaluations,
the yearly evaluation template, and printing the mentoring documents."""
