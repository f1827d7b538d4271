"""Buttons enabled only for the roles that may press them; the rules are the core's
(:data:`qa_desktop.core.workflow.permissions.MAY`), the screens only ask."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from qa_desktop.core.workflow.permissions import MAY, may
from qa_desktop.ui.roles import role_title


def allowed(ctx, action: str) -> bool:
    return may(ctx.user.role, action)


def gate(widget: QWidget | QAbstractButton, ctx, action: str, condition: bool = True) -> None:
    """Enable ``widget`` when the signed-in role may do ``action`` and ``condition`` holds; say who may."""
    permitted = allowed(ctx, action)
    widget.setEnabled(permitted and condition)
    if permitted:
        widget.setToolTip("")
    else:
        who = QCoreApplication.translate("RoleGate", ", ").join(role_title(role) for role in MAY[action])
        widget.setToolTip(QCoreApplication.translate("RoleGate", "Only for: {0}").format(who))
