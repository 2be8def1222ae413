"""A PDF on screen (QtPdf) with its page count, zoom to the width, Print, and Reprint for an archived agreement.

`show_pdf(data, title)` loads bytes from memory (a QBuffer kept alive with the document). Print opens Qt's print
dialog on a printer set up with this station's remembered printer and paper (`print_setup()` -> (name, paper),
`save_print_setup(name, paper)`, plain callables from desktop/backend.py); once accepted, every page is rendered by
QPdfDocument at the printer's resolution (capped at 300 dpi) and drawn on the whole paper, and the choice is
remembered. Tests inject `printer_factory` (a QPrinter writing a PDF file) and `print_dialog_factory` (no real
dialog); `print_to(printer)` prints without any dialog.

`reprint(number) -> bytes` (optional): the archive's copy marked 副本 (作废 once voided), counted and audited by the
service; it runs on the runner's write lane and the copy replaces the preview, titled `copy_title(number)` (an
agreement's by default). The original is printed once: after that Print is for copies only. Ctrl+P prints and
Ctrl+0 fits the width while the preview has the focus (widgets/shortcuts.py).

`open_pdf_dialog(parent, data, title, ...)` shows bytes made elsewhere (a complaint slip, a register) in a
window-modal, non-blocking dialog deleted when closed; no reprint, Print as often as wanted.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.approvals import Pending
from widgets.jobs_port import JobsPort
from widgets.messages import describe_error, is_explained
from widgets.shortcuts import keys, with_key

MAX_PRINT_DPI = (
    300  # a page rendered at 1200 dpi would be half a gigabyte of pixels; 300 dpi prints crisp text
)


def _default_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def _default_print_dialog(printer: QPrinter, parent: QWidget) -> QPrintDialog:
    return QPrintDialog(printer, parent)


def paper_name(printer: QPrinter) -> str:
    """The paper as remembered: the QPageSize id's name ("A4", "A5", "Custom")."""
    return QPageSize.PageSizeId(printer.pageLayout().pageSize().id()).name


def apply_print_setup(printer: QPrinter, printer_name: str, paper: str) -> None:
    """The station's remembered choice, where it still applies (a printer that is gone is left alone)."""
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    size_id = getattr(QPageSize.PageSizeId, paper, None) if paper else None
    if size_id is not None and size_id != QPageSize.PageSizeId.Custom:
        printer.setPageSize(QPageSize(size_id))


class PdfPreview(QWidget):
    sig_printed = Signal(int)  # pages sent to the printer
    sig_reprinted = Signal(str)  # the agreement number of the copy now shown

    def __init__(
        self,
        parent=None,
        *,
        runner: JobsPort | None = None,
        reprint: Callable[[str], bytes | Pending] | None = None,
        print_setup: Callable[[], tuple[str, str]] | None = None,
        save_print_setup: Callable[[str, str], None] | None = None,
        printer_factory: Callable[[], QPrinter] = _default_printer,
        print_dialog_factory: Callable[[QPrinter, QWidget], QDialog] = _default_print_dialog,
        copy_title: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self._copy_title = copy_title
        self.runner, self._reprint = runner, reprint
        self._print_setup, self._save_print_setup = print_setup, save_print_setup
        self._printer_factory, self._print_dialog_factory = printer_factory, print_dialog_factory
        self.number: str | None = None  # the archived agreement shown (Reprint serves its copy)
        self.is_copy = False
        self.original_printed = False
        self.data = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._document_changed)
        self.document.pageCountChanged.connect(self._document_changed)
        self.view = QPdfView(self, objectName="pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("background: #6b7280;")
        self.title = QLabel(objectName="pdf_title", wordWrap=True)
        self.title.setStyleSheet("font-weight: bold;")
        self.pages = QLabel(objectName="pdf_pages")
        self.message = QLabel(objectName="pdf_message", wordWrap=True)
        self.fit_button = QPushButton(objectName="fit_width")
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button = QPushButton(objectName="print")
        self.print_button.clicked.connect(self.print_document)
        self.reprint_button = QPushButton(objectName="reprint")
        self.reprint_button.clicked.connect(self.reprint)
        # A click does nothing while the button is off (the original printed once): the key obeys the same rule.
        for name, slot in (("print", self.print_button.click), ("fit", self.fit_width)):
            shortcut = QShortcut(keys(name), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.pages)
        for button in (self.fit_button, self.print_button, self.reprint_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._title_text = ""
        self.retranslate_ui()

    # -- showing ---------------------------------------------------------------------------------------------
    def show_pdf(
        self, data: bytes, title: str = "", *, number: str | None = None, copy: bool = False
    ) -> None:
        """Show `data`. `number`: the archived agreement it is (Reprint becomes possible); `copy`: a 副本."""
        self.document.close()
        self.data, self._title_text = bytes(data), title
        self.number, self.is_copy = number, copy
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.fit_width()
        self._show_message("")
        self._update()

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _show_message(self, text: str, kind: str = "info") -> None:
        colour = "#b00020" if kind == "error" else "#0b4f80"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- printing --------------------------------------------------------------------------------------------
    def print_document(self) -> bool:
        """Print through Qt's print dialog on this station's remembered printer and paper."""
        if not self.page_count:
            return False
        printer = self._printer_factory()
        if self._print_setup is not None:
            name, paper = self._print_setup()
            apply_print_setup(printer, name, paper)
        dialog = self._print_dialog_factory(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.print_to(printer):
            return False
        if self._save_print_setup is not None:
            self._save_print_setup(printer.printerName(), paper_name(printer))
        return True

    def print_to(self, printer: QPrinter) -> bool:
        """Every page drawn on the whole paper, rendered at the printer's resolution (at most 300 dpi)."""
        count = self.page_count
        if not count:
            return False
        printer.setFullPage(True)
        printer.setDocName(self.number or self._title_text or "BranchDesk")
        painter = QPainter()
        if not painter.begin(printer):
            self._show_message(self.tr("The printer could not be started."), "error")
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for index in range(count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index,
                    QSize(
                        max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
                    ),
                )
                # The page at its own size, shrunk to fit smaller paper; centred across, from the top.
                width = points.width() / 72 * printer.resolution()
                height = points.height() / 72 * printer.resolution()
                factor = min(paper.width() / width, paper.height() / height, 1.0)
                width, height = width * factor, height * factor
                target = QRectF((paper.width() - width) / 2, 0, width, height)
                painter.drawImage(target, image)
        finally:
            painter.end()
        if self.number and not self.is_copy:
            self.original_printed = True
        self._show_message(self.tr("Sent {count} page(s) to the printer.").format(count=count))
        self._update()
        self.sig_printed.emit(count)
        return True

    # -- reprint ---------------------------------------------------------------------------------------------
    def reprint(self) -> None:
        if self._reprint is None or self.runner is None or not self.number:
            return
        self.reprint_button.setEnabled(False)
        self.runner.submit(
            self._reprint,
            self.number,
            on_done=self._reprinted,
            on_error=self._reprint_failed,
            key=f"reprint:{self.number}",
            write=True,
        )

    def _reprinted(self, data: bytes | Pending) -> None:
        if not shiboken6.isValid(self):
            return  # closed meanwhile: the copy is counted and archived, there is nothing to show it in
        if isinstance(data, Pending):  # a copy needs a supervisor's approval first (DOMAIN §1)
            text = self.tr(
                "A copy needs a supervisor's approval: request no. {id} is waiting. Press again once approved."
            )
            self._show_message(text.format(id=data.approval_id))
            self._update()
            return
        number = self.number or ""
        title = (
            self._copy_title(number)
            if self._copy_title is not None
            else self.tr("Agreement {number} (copy 副本)").format(number=number)
        )
        self.show_pdf(data, title, number=number, copy=True)
        self._show_message(
            self.tr("A copy marked 副本 was made from the archive; the original is unchanged.")
        )
        self.sig_reprinted.emit(number)

    def _reprint_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if not is_explained(error):
            raise error
        self._show_message(describe_error(error), "error")
        self._update()

    # -- words -----------------------------------------------------------------------------------------------
    def _document_changed(self, *_args) -> None:
        # The document also signals while it is deleted with this widget: nothing to show then.
        if shiboken6.isValid(self) and shiboken6.isValid(self.document) and shiboken6.isValid(self.pages):
            self._update()

    def _update(self) -> None:
        count = self.page_count
        self.title.setText(self._title_text)
        self.pages.setText(self.tr("{count} page(s)").format(count=count) if count else "")
        # The original is printed once, for the customer to sign; later prints are copies from the archive.
        self.print_button.setEnabled(bool(count) and not (self.original_printed and not self.is_copy))
        self.reprint_button.setVisible(self._reprint is not None and self.number is not None)
        # A copy (副本) is for after the original went to the printer, never instead of it.
        self.reprint_button.setEnabled(
            bool(self.number) and self.runner is not None and (self.original_printed or self.is_copy)
        )

    def retranslate_ui(self) -> None:
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setToolTip(with_key(self.tr("Fit width"), "fit"))
        self.print_button.setText(self.tr("&Print..."))
        self.print_button.setToolTip(with_key(self.tr("Print"), "print"))
        self.reprint_button.setText(self.tr("Reprint copy (副本)"))
        self._update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PdfPreviewDialog(QDialog):
    """A document made elsewhere, shown with the preview's Print and Fit width, and a Close button."""

    def __init__(
        self,
        data: bytes,
        title: str,
        parent=None,
        *,
        print_setup: Callable[[], tuple[str, str]] | None = None,
        save_print_setup: Callable[[str, str], None] | None = None,
        **preview_options,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview_dialog")
        self.setWindowTitle(title)
        self.preview = PdfPreview(
            self, print_setup=print_setup, save_print_setup=save_print_setup, **preview_options
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(900, 720)
        self.preview.show_pdf(data, title)


def open_pdf_dialog(parent, data: bytes, title: str, **options) -> PdfPreviewDialog:
    """Open the preview of `data` over `parent` (window-modal, non-blocking, deleted when closed)."""
    dialog = PdfPreviewDialog(data, title, parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
