"""A pytest-lsp client driving `connectlint lsp`, as VS Code (push diagnostics, UTF-16) and Neovim 0.10
(pull diagnostics, UTF-16) and Neovim 0.11 (pull, offers UTF-8 first) announce themselves."""

import asyncio
import os
import pathlib
import re

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("CONNECTLINT_BINARY", str(ROOT / ".build/debug/connectlint"))
SAMPLES = ROOT / "SampleConfigs"

CLIENTS = ["visual-studio-code", "neovim@v0.10.0", "neovim@v0.11.0"]


class Editor:
    """Opens and edits documents and gets their diagnostics the way the client's capabilities say."""

    def __init__(self, client: LanguageClient, result: types.InitializeResult):
        self.client = client
        self.pull = result.capabilities.diagnostic_provider is not None
        self.encoding = str(getattr(result.capabilities.position_encoding, "value", result.capabilities.position_encoding))
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}

    def open(self, path: pathlib.Path, text: str | None = None) -> str:
        text = path.read_text(encoding="utf-8") if text is None else text
        uri = path.as_uri()
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)))
        return uri

    def change(self, uri: str, text: str):
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    async def diagnostics(self, uri: str, related_of: str | None = None) -> list[types.Diagnostic]:
        """The document's diagnostics: pulled, or the next ones published after the last open or change."""
        if self.pull:
            report = await self.client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=related_of or uri)))
            if related_of:
                return list((report.related_documents or {})[uri].items)
            return list(report.items)
        for _ in range(200):
            if uri in self.client.diagnostics:
                return list(self.client.diagnostics[uri])
            await asyncio.sleep(0.05)
        raise AssertionError(f"no diagnostics published for {uri}")

    async def code_actions(self, uri: str, range_: types.Range, diagnostics=(), only=None) -> list[types.CodeAction]:
        actions = await self.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=range_,
            context=types.CodeActionContext(diagnostics=list(diagnostics), only=only)))
        return list(actions or [])

    def apply(self, edit: types.WorkspaceEdit):
        """Applies a workspace edit to the open documents, as the editor would, and sends the new texts."""
        for uri, edits in (edit.changes or {}).items():
            text = self.texts[uri]
            for text_edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
                start = offset(text, text_edit.range.start, self.encoding)
                end = offset(text, text_edit.range.end, self.encoding)
                text = text[:start] + text_edit.new_text + text[end:]
            self.change(uri, text)

    def units(self, text: str) -> int:
        """How many code units of the negotiated encoding `text` is."""
        return code_units(text, self.encoding)


def code_units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def offset(text: str, position: types.Position, encoding: str) -> int:
    """The string index of an LSP position."""
    lines = re.split(r"(?<=\r\n)|(?<=\n)(?<!\r\n)|(?<=\r)(?!\n)", text)
    index = sum(len(line) for line in lines[:position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for character in line.rstrip("\r\n"):
        if units >= position.character:
            break
        units += code_units(character, encoding)
        index += 1
    return index


@pytest_lsp.fixture(params=CLIENTS, config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def editor(request, lsp_client: LanguageClient):
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):  # what an editor does: it watches the files asked for
        lsp_client.registrations += params.registrations

    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities(request.param), root_uri=None))
    lsp_client.editor = Editor(lsp_client, result)
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def session(editor) -> Editor:
    return editor.editor


@pytest.fixture
def sample():
    def read(relative: str) -> str:
        return (SAMPLES / relative).read_text(encoding="utf-8")
    return read
