"""Legacy word-processor files (.doc, .rtf, .odt) read through LibreOffice.

LibreOffice (``soffice --headless --convert-to docx``) turns the file into a .docx, which the .docx
parser reads, so a legacy document gives the same blocks (headings, Word numbering, tables) as
its .docx. One converter for the three formats, because it is the only reader that keeps their
list numbering and heading styles: pure-Python RTF readers return plain text without automatic
numbering, and an .odt's numbering lives in automatic list styles that would need a second
numbering engine beside the .docx one.

Each conversion is isolated and bounded:

* its own throw-away LibreOffice profile (``-env:UserInstallation``), so two conversions never
  share a profile and a user's own LibreOffice is never touched; the profile switches macros off
  (security level "very high", macro execution disabled) and the update check off;
* the input is copied under a plain name into a private temporary folder; the output is read
  from there and everything is removed afterwards;
* a time limit enforced twice: by coreutils ``timeout`` (which kills LibreOffice's whole process
  group even if this process dies first) and by this process, which kills the group itself;
* an address-space limit on the converter process.

When LibreOffice is not installed, the document fails with ``needs_libreoffice`` and the command
that installs it; it is never skipped.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from reviewminer.errors import (
    CorruptDocumentError,
    DocumentTimeoutError,
    DocumentTooLargeError,
    NeedsLibreOfficeError,
    ReviewMinerError,
)
from reviewminer.parsers.base import RawDocument

__all__ = ["LEGACY_FORMATS", "SOFFICE_ENV", "LegacyParser", "LegacySettings", "find_soffice"]

#: Environment variable naming the LibreOffice program (e.g. on macOS
#: /Applications/LibreOffice.app/Contents/MacOS/soffice).
SOFFICE_ENV = "REVIEWMINER_SOFFICE"

_MB = 1024 * 1024
#: format name -> (suffix of the temporary copy, what users call it)
LEGACY_FORMATS = {"doc": (".doc", "Word 97-2003 .doc"), "rtf": (".rtf", "RTF"),
                  "odt": (".odt", "OpenDocument .odt")}
INSTALL_HINT = ("install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; "
                "other systems: https://www.libreoffice.org) or save the file as .docx or PDF")

# Profile settings: no macros ever run, no update check, no first-run wizard.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/Arguments">
 <prop oor:name="AutoCheckEnabled" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office">
 <prop oor:name="FirstStartWizardCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


@dataclass(frozen=True, slots=True)
class LegacySettings:
    """Limits of the LibreOffice conversion.

    Attributes:
        soffice: the LibreOffice program (None: the ``REVIEWMINER_SOFFICE`` environment variable
            if set, else ``soffice`` or ``libreoffice`` on PATH).
        timeout: seconds a conversion may take before LibreOffice is killed.
        memory_limit_mb: address-space limit of the converter process, in MB (None: none).
        max_input_bytes: refuse larger legacy files before converting them.
    """

    soffice: str | None = None
    timeout: float = 120.0
    memory_limit_mb: int | None = 4096
    max_input_bytes: int = 200 * _MB

    def __post_init__(self) -> None:
        if not self.timeout > 0 or self.timeout == float("inf"):
            raise ValueError(f"timeout must be a positive finite number, got {self.timeout}")
        if self.memory_limit_mb is not None and self.memory_limit_mb <= 0:
            raise ValueError(f"memory_limit_mb must be positive or None, got {self.memory_limit_mb}")
        if self.max_input_bytes <= 0:
            raise ValueError(f"max_input_bytes must be positive, got {self.max_input_bytes}")


def find_soffice(configured: str | None = None) -> str | None:
    """The LibreOffice program to run: the configured one if it exists, else one on PATH."""
    if configured:
        return shutil.which(configured) or (configured if os.access(configured, os.X_OK) else None)
    return shutil.which("soffice") or shutil.which("libreoffice")


class LegacyParser:
    """Reads one legacy format by converting it to .docx with LibreOffice."""

    def __init__(self, fmt: str, settings: LegacySettings | None = None) -> None:
        if fmt not in LEGACY_FORMATS:
            raise ValueError(f"not a legacy format: {fmt!r}")
        self.format = fmt
        self.settings = settings or LegacySettings()

    def parse(self, path: Path | str) -> RawDocument:
        """Convert ``path`` and read the result; errors name ``path``, never the temporary copy.

        Raises:
            NeedsLibreOfficeError: LibreOffice is not installed.
            DocumentTimeoutError: the conversion took longer than ``settings.timeout``.
            DocumentTooLargeError: the file is larger than ``settings.max_input_bytes``.
            CorruptDocumentError: LibreOffice could not convert it.
        """
        from reviewminer.parsers.docx import DocxParser

        path = Path(path)
        suffix, label = LEGACY_FORMATS[self.format]
        soffice = find_soffice(self.settings.soffice or os.environ.get(SOFFICE_ENV))
        if soffice is None:
            raise NeedsLibreOfficeError(path, f"a {label} file needs LibreOffice to be read: "
                                              f"{INSTALL_HINT}")
        size = path.stat().st_size
        if size > self.settings.max_input_bytes:
            raise DocumentTooLargeError(path, f"{size} bytes, more than the "
                                              f"{self.settings.max_input_bytes} allowed for {label}")
        with tempfile.TemporaryDirectory(prefix="reviewminer-lo-") as tmp:
            converted = self._convert(soffice, path, Path(tmp), suffix, label)
            try:
                raw = DocxParser().parse(converted)
            except ReviewMinerError as e:
                raise type(e)(path, e.reason) from e
        raw.metadata["converted_by"] = "LibreOffice"
        return replace(raw, source=path, format=self.format)

    def _convert(self, soffice: str, path: Path, tmp: Path, suffix: str, label: str) -> Path:
        src = tmp / f"input{suffix}"
        shutil.copyfile(path, src)
        profile = tmp / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
        out = tmp / "out"
        cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
               "--norestore", "--nolockcheck", "--nodefault", "--nologo",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        limit = self.settings.timeout
        guard = shutil.which("timeout")
        if guard:  # coreutils: kills the whole group at the limit even if we are gone
            cmd = [guard, "--signal=KILL", f"{limit:g}", *cmd]
        rc, stderr = _run_bounded(cmd, tmp, limit, self.settings.memory_limit_mb)
        if rc is None or rc in (124, 137, -signal.SIGKILL):
            raise DocumentTimeoutError(path, f"LibreOffice did not convert this {label} file "
                                             f"within {limit:g} s; it was stopped")
        result = out / "input.docx"
        if rc != 0 or not result.exists():
            detail = stderr.strip().splitlines()[-1:] if stderr.strip() else []
            raise CorruptDocumentError(path, f"LibreOffice could not convert this {label} file"
                                             + (f": {detail[0][:200]}" if detail else ""))
        return result


def _run_bounded(cmd: list[str], home: Path, limit: float, memory_mb: int | None
                 ) -> tuple[int | None, str]:
    """Run ``cmd`` in its own session; (exit code or None on timeout, its standard error)."""
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR")}
    env.update(HOME=str(home), SAL_USE_VCLPLUGIN="svp")

    def limit_memory() -> None:  # pragma: no cover - runs in the child
        if memory_mb is not None:
            cap = memory_mb * _MB
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, cwd=home, start_new_session=True,
                            preexec_fn=limit_memory)
    try:
        _, err = proc.communicate(timeout=limit + 5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, ""
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # leftovers of a finished conversion
    return proc.returncode, err.decode("utf-8", "replace")
