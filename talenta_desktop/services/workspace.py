"""A database plus the person using it: the one door through which the GUI runs services.

The GUI never opens sessions itself; it hands a service function to `read` or `write`, which supply the
session (and, for writes, the actor and the transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from talenta_desktop.models.db import Database

from .actor import Actor
from .permissions import Permission, can

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class Workspace:
    db: Database
    actor: Actor
    is_demo: bool = False

    def can(self, permission: Permission) -> bool:
        """Whether the person using the app may do this: the UI hides what the services would refuse."""
        return can(self.actor, permission)

    def read(self, service: Callable[Concatenate[Session, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        with self.db.session() as session:
            return service(session, *args, **kwargs)

    def write(
        self, service: Callable[Concatenate[Session, Actor, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """Run a writing service in one transaction: all of it is committed, or none of it."""
        with self.db.transaction() as session:
            return service(session, self.actor, *args, **kwargs)
