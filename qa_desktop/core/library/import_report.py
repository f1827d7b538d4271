"""The outcome of an import run: one line per file or manifest row, and the counts."""
from __future__ import annotations

from dataclasses import dataclass, field

IMPORTED, MOVED, DUPLICATE, SKIPPED, FAILED = "imported", "moved", "duplicate", "skipped", "failed"


@dataclass
class ReportLine:
    path: str
    status: str                 # imported | moved | duplicate | skipped | failed
    code: str = ""              # stable reason code (audio_truncated, missing_file, ...), for translation
    reason: str = ""            # English reason
    call_id: int | None = None
    manifest_line: int | None = None


@dataclass
class ImportReport:
    source: str
    manifest: str | None = None
    pattern: str | None = None
    run_id: int | None = None
    lines: list[ReportLine] = field(default_factory=list)
    cancelled: bool = False
    elapsed_s: float = 0.0
    agents_created: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = {IMPORTED: 0, MOVED: 0, DUPLICATE: 0, SKIPPED: 0, FAILED: 0}
        for line in self.lines:
            counts[line.status] += 1
        return counts

    def lines_with(self, status: str) -> list[ReportLine]:
        return [line for line in self.lines if line.status == status]

    def to_dict(self) -> dict:
        return {"source": self.source, "manifest": self.manifest, "pattern": self.pattern, "run_id": self.run_id,
                "counts": self.counts, "cancelled": self.cancelled, "elapsed_s": round(self.elapsed_s, 3),
                "agents_created": self.agents_created, "lines": [dict(vars(line)) for line in self.lines]}
