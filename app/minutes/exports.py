"""One entry point for every minutes format, for the CLI and the app's Eksport section."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from app.common.messages import KvadrantError
from app.evaluation.gathered import gather_evaluation
from app.minutes.gathered import gather_minutes
from app.conference_file.storage import ConferenceDb

FORMATS = ("pdf", "docx", "xlsx", "kommune-pdf", "veileder-pdf", "evaluation-pdf", "evaluation-xlsx")
#: The formats that write one file per group or per veileder into a folder.
FOLDER_FORMATS = ("kommune-pdf", "veileder-pdf")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "evaluation-pdf": ".pdf", "evaluation-xlsx": ".xlsx"}


def export_minutes(
    db: ConferenceDb,
    fmt: str,
    output: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> list[Path]:
    """Write the minutes in ``fmt`` to ``output`` (a folder for kommune-pdf and veileder-pdf);
    returns the files."""
    if fmt not in FORMATS:
        raise KvadrantError("export_bad_format", value=fmt)
    output = Path(output).expanduser()
    if fmt not in FOLDER_FORMATS and output.is_dir():
        raise KvadrantError("file_is_directory", path=str(output))
    folder = output if fmt in FOLDER_FORMATS else output.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KvadrantError("file_io_error", path=str(folder), detail=error.strerror or str(error)) from None
    if fmt.startswith("evaluation-"):
        return [_export_evaluation(db, fmt, output, lang=lang, progress=progress)]
    minutes = gather_minutes(db)
    if fmt == "pdf":
        from app.minutes.pdf import write_minutes_pdf

        return [write_minutes_pdf(minutes, output, lang=lang, progress=progress)]
    if fmt == "docx":
        from app.minutes.word import write_minutes_docx

        return [write_minutes_docx(minutes, output, lang=lang, progress=progress)]
    if fmt == "xlsx":
        from app.minutes.excel import write_minutes_xlsx

        return [write_minutes_xlsx(minutes, output, lang=lang, progress=progress)]
    if fmt == "veileder-pdf":
        from app.minutes.veileder_bundles import write_veileder_pdfs

        return write_veileder_pdfs(minutes, output, lang=lang, progress=progress)
    from app.minutes.kommune_sheets import write_kommune_pdfs

    return write_kommune_pdfs(minutes, output, lang=lang, progress=progress)


def _export_evaluation(db: ConferenceDb, fmt: str, output: Path, *, lang: str, progress: Callable[[float], None] | None) -> Path:
    """The evaluation report (PDF) or every response and coded card (XLSX)."""
    evaluation = gather_evaluation(db)
    if not evaluation.questions:
        raise KvadrantError("evaluation_empty")
    if fmt == "evaluation-pdf":
        from app.minutes.evaluation_pdf import write_evaluation_pdf

        return write_evaluation_pdf(evaluation, output, lang=lang, progress=progress)
    from app.minutes.evaluation_xlsx import write_evaluation_xlsx

    return write_evaluation_xlsx(evaluation, output, lang=lang, progress=progress)
