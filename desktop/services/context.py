"""What every use case needs: the database, who is signed in, and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from db.errors import explain
from desktop.domain.errors import DatabaseBusy, PermissionDenied, StaleRecordError
from desktop.domain.permissions import DENIED_MESSAGES, Permission, allowed
from desktop.domain.records import UserInfo

BANGKOK = dt.timezone(dt.timedelta(hours=7), "Asia/Bangkok")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class ServiceContext:
    db: Database
    user: UserInfo | None = None
    clock: Callable[[], dt.datetime] = field(default=_now)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """Today in Thailand, whatever the machine's time zone."""
        return self.clock().astimezone(BANGKOK).date()

    def require(self, permission: Permission) -> UserInfo:
        if self.user is None:
            raise PermissionDenied("กรุณาเข้าสู่ระบบก่อน")
        if not allowed(self.user.roles, permission):
            raise PermissionDenied(DENIED_MESSAGES[permission])
        return self.user

    def can(self, permission: Permission) -> bool:
        return self.user is not None and allowed(self.user.roles, permission)

    def as_user(self, user: UserInfo | None) -> ServiceContext:
        return ServiceContext(self.db, user, self.clock)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One session per use case, committed or rolled back as a whole.

        Rows with a ``version`` column are saved only over the version they were read at: when
        another user saved first, the flush or commit fails and the caller gets a
        ``StaleRecordError`` (the UI reloads and tells the user), whatever the use case.
        """
        session = self.db.sessions()
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            raise StaleRecordError() from None
        except IntegrityError:
            session.rollback()
            raise  # a use case that expects one (two clerks at once) turns it into its own error
        except DatabaseError as exc:
            # Locked past the busy timeout, a full disk, a read-only or damaged file, a value
            # longer than its column: one Thai line (no SQL, no values); the form stays open.
            session.rollback()
            raise DatabaseBusy(explain(exc) or "") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def local_time(t: dt.datetime | None) -> dt.datetime | None:
    return t.astimezone(BANGKOK) if t is not None else None
