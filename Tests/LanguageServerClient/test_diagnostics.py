"""Diagnostics of open buffers, pushed to VS Code and pulled by Neovim."""

import shutil

from lsprotocol import types


async def test_pull_is_advertised_only_to_clients_that_pull(session):
    assert session.pull == (session.client.capabilities.text_document.diagnostic is not None)


async def test_broken_file_gives_diagnostics_at_the_findings_ranges(session, sample, tmp_path):
    path = tmp_path / "cyclr.yaml"
    path.write_text(sample("broken/guide/refresh-token-secret.cyclr.yaml"))
    uri = session.open(path)
    diagnostics = await session.diagnostics(uri)
    assert [(d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in diagnostics] == [
        ("refresh-token-secret", 15, 4, 15, 9), ("refresh-token-secret", 42, 36, 42, 40)]
    first = diagnostics[0]
    assert first.source == "connectlint" and first.severity == types.DiagnosticSeverity.Error
    assert "Salesforce selects Require Secret for Refresh Token Flow by default" in first.message
    assert "write `requireSecretForRefreshToken: false`" in first.message  # the finding's help


async def test_editing_into_a_good_file_clears_the_diagnostics(session, sample, tmp_path):
    path = tmp_path / "acme.cyclr.yaml"
    uri = session.open(path, sample("broken/guide/refresh-token-secret.cyclr.yaml"))
    assert len(await session.diagnostics(uri)) == 2
    session.change(uri, sample("valid/everything-right.cyclr.yaml"))
    assert await session.diagnostics(uri) == []


async def test_only_the_latest_of_quick_edits_is_reported(session, sample, tmp_path):
    uri = session.open(tmp_path / "cyclr.yaml", sample("valid/everything-right.cyclr.yaml"))
    await session.diagnostics(uri)
    broken = sample("broken/guide/refresh-token-secret.cyclr.yaml")
    for _ in range(5):
        session.change(uri, broken)
        session.change(uri, sample("valid/everything-right.cyclr.yaml"))
    session.change(uri, broken)
    assert len(await session.diagnostics(uri)) == 2
    if not session.pull:
        await asyncio_sleep()
        assert len(session.client.diagnostics[uri]) == 2  # no stale empty result came after


async def asyncio_sleep():
    import asyncio
    await asyncio.sleep(0.5)


async def test_emoji_and_cjk_columns_are_counted_in_the_negotiated_encoding(session, tmp_path):
    line = '      scopes: ["full 😀中", refresh_token, bogus]'
    text = SETUP.replace("      scopes: [full, refresh_token]", line)
    uri = session.open(tmp_path / "cyclr.yaml", text)
    diagnostics = [d for d in await session.diagnostics(uri) if d.code == "unknown-scope"]
    assert len(diagnostics) == 2
    starts = [line.index('"full'), line.index("bogus")]
    number = text.splitlines().index(line)
    assert [d.range.start for d in diagnostics] == [types.Position(line=number, character=session.units(line[:s])) for s in starts]
    assert diagnostics[1].range.end.character == session.units(line[:starts[1]] + "bogus")
    expected = {"utf-16": 42, "utf-8": 46, "utf-32": 41}  # 😀 is 2 UTF-16 units and 4 bytes, 中 one unit and 3 bytes
    assert diagnostics[1].range.start.character == expected[session.encoding]


async def test_a_linked_metadata_file_is_linted_from_its_buffer_and_reported_on_its_own_uri(session, tmp_path):
    setup, xml = metadata_project(tmp_path)
    setup_uri = session.open(setup)
    assert await session.diagnostics(setup_uri) == []
    xml_uri = session.open(xml)
    text = xml.read_text().replace("<isSecretRequiredForRefreshToken>false<", "<isSecretRequiredForRefreshToken>true<")
    assert text != session.texts[xml_uri]
    session.change(xml_uri, text)
    diagnostics = await session.diagnostics(xml_uri, related_of=setup_uri if session.pull else None)
    assert [d.code for d in diagnostics] == ["refresh-token-secret"]
    assert xml.read_text() != text  # the server never writes files


from conftest import SAMPLES as SAMPLES_DIR  # noqa: E402

# One setup that lints clean: the sample's second document with the secret cleared.
SETUP = (SAMPLES_DIR / "broken/guide/refresh-token-secret.cyclr.yaml").read_text().split("---\n")[1].replace(
    "requireSecretForRefreshToken: true", "requireSecretForRefreshToken: false")


async def test_a_changed_configuration_is_reloaded(session, tmp_path):
    uri = session.open(tmp_path / "cyclr.yaml", SETUP.replace(": false", ": true"))
    assert [d.code for d in await session.diagnostics(uri)] == ["refresh-token-secret"]
    config = tmp_path / ".connectlint.yml"
    config.write_text("rules:\n  refresh-token-secret: off\n")
    session.client.diagnostics.pop(uri, None)
    session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]))
    assert await session.diagnostics(uri) == []
    if session.client.capabilities.workspace.did_change_watched_files.dynamic_registration:
        assert "**/.connectlint.yml" in str(session.client.registrations)


async def test_a_metadata_file_the_setup_stops_linking_is_linted_on_its_own(session, tmp_path):
    setup, xml = metadata_project(tmp_path)
    setup_uri = session.open(setup)
    xml_uri = session.open(xml)
    assert await session.diagnostics(xml_uri) == []
    session.change(setup_uri, "\n".join(line for line in session.texts[setup_uri].splitlines() if "metadata:" not in line) + "\n")
    session.client.diagnostics.pop(xml_uri, None)
    await session.diagnostics(setup_uri)
    # Alone, the file has no service domain to check the callback URL against.
    assert "service-domain-unknown" in [d.code for d in await session.diagnostics(xml_uri)]


def metadata_project(tmp_path):
    """A copy of the sample project whose setup links its Connected App file: (setup, metadata file)."""
    project = tmp_path / "project"
    shutil.copytree(SAMPLES_DIR / "metadata/acme-project", project)
    return next(project.glob("*.yaml")), next(project.rglob("*.connectedApp-meta.xml"))
