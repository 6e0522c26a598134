"""Nothing the client sends takes the server down."""

import json
import subprocess

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcMethodNotFound

from conftest import BINARY
from test_diagnostics import SETUP


async def test_a_malformed_message_leaves_the_server_serving(session, tmp_path):
    session.client._server.stdin.write(b"Content-Length: 9\r\n\r\n{not json")
    with pytest.raises(JsonRpcMethodNotFound):
        await session.client.protocol.send_request_async("connectlint/nothing", {})
    uri = session.open(tmp_path / "cyclr.yaml", SETUP.replace(": false", ": true"))
    assert [d.code for d in await session.diagnostics(uri)] == ["refresh-token-secret"]


async def test_a_change_to_a_closed_document_is_ignored(session, tmp_path):
    uri = (tmp_path / "cyclr.yaml").as_uri()
    session.client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="x")]))
    session.client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    hover = await session.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0)))
    assert hover is None


def frame(message: dict | bytes) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream) -> dict:
    length = None
    while (line := stream.readline()) not in (b"\r\n", b""):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    assert length is not None, "the server closed its output"
    return json.loads(stream.read(length))


def test_the_exact_error_responses(tmp_path):
    """Read byte for byte: a parse error with a null id, MethodNotFound, InvalidParams, input-limit for a huge buffer."""
    uri = (tmp_path / "cyclr.yaml").as_uri()
    huge = "version: 1\n" + "# padding\n" * 120_000  # over the 1 MiB limit given below
    server = subprocess.Popen([BINARY, "lsp", "--max-file-size", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        server.stdin.write(b"".join([
            frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
            frame(b"{oops"),
            frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
            frame({"jsonrpc": "2.0", "id": 2, "method": "connectlint/nothing"}),
            frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {"bogus": True}}),
            frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "yaml", "version": 1, "text": huge}}}),
        ]))
        server.stdin.flush()
        received = [read_message(server.stdout) for _ in range(5)]
        server.stdin.write(frame({"jsonrpc": "2.0", "id": 4, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"}))
        server.stdin.close()
        received.append(read_message(server.stdout))
        assert server.wait(timeout=30) == 0
    finally:
        server.kill()
    by_id = {json.dumps(m.get("id")): m for m in received if "method" not in m}
    assert by_id["1"]["result"]["capabilities"]["positionEncoding"] == "utf-16"
    assert "diagnosticProvider" not in by_id["1"]["result"]["capabilities"]
    assert by_id["null"]["error"]["code"] == -32700
    assert by_id["2"]["error"]["code"] == -32601
    assert by_id["3"]["error"]["code"] == -32602
    assert by_id["4"]["result"] is None
    [published] = [m for m in received if m.get("method") == "textDocument/publishDiagnostics"]
    assert [d["code"] for d in published["params"]["diagnostics"]] == ["input-limit"]


def test_exit_without_shutdown_is_status_1():
    run = subprocess.run([BINARY, "lsp"], input=frame({"jsonrpc": "2.0", "method": "exit"}), capture_output=True, timeout=30)
    assert run.returncode == 1
