"""Quick fixes, "Disable RULE for this line", fixAll and hover."""

from lsprotocol import types

from test_diagnostics import SETUP

SECRET_SET = SETUP.replace("requireSecretForRefreshToken: false", "requireSecretForRefreshToken: true")


async def test_applying_the_preferred_quick_fix_lints_clean(session, tmp_path):
    uri = session.open(tmp_path / "cyclr.yaml", SECRET_SET)
    [diagnostic] = await session.diagnostics(uri)
    assert diagnostic.code == "refresh-token-secret"
    actions = await session.code_actions(uri, diagnostic.range, [diagnostic])
    fixes = [a for a in actions if a.is_preferred]
    assert [a.kind for a in fixes] == [types.CodeActionKind.QuickFix]
    assert "requireSecretForRefreshToken: false" in fixes[0].title
    session.apply(fixes[0].edit)
    assert session.texts[uri] == SETUP
    assert await session.diagnostics(uri) == []
    assert (tmp_path / "cyclr.yaml").exists() is False  # the server never writes files


async def test_disable_for_this_line_silences_the_finding(session, tmp_path):
    uri = session.open(tmp_path / "cyclr.yaml", SECRET_SET)
    [diagnostic] = await session.diagnostics(uri)
    actions = await session.code_actions(uri, diagnostic.range, [diagnostic])
    [disable] = [a for a in actions if a.title == "Disable refresh-token-secret for this line"]
    session.apply(disable.edit)
    assert "      # connectlint-disable-next-line refresh-token-secret\n      requireSecretForRefreshToken: true" in session.texts[uri]
    assert await session.diagnostics(uri) == []


async def test_disable_in_metadata_is_an_xml_comment(session, tmp_path):
    xml = tmp_path / "Acme.connectedApp-meta.xml"
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">\n'
            '    <contactEmail>a@acme.example</contactEmail>\n    <label>Acme</label>\n    <oauthConfig>\n'
            '        <callbackUrl>https://acme-h.cyclr.com/connector/callback</callbackUrl>\n'
            '        <scopes>ID</scopes>\n        <scopes>Full</scopes>\n        <scopes>RefreshToken</scopes>\n'
            '        <isSecretRequiredForRefreshToken>false</isSecretRequiredForRefreshToken>\n    </oauthConfig>\n</ConnectedApp>\n')
    uri = session.open(xml, text)
    diagnostic = next(d for d in await session.diagnostics(uri) if d.code == "unknown-scope")
    actions = await session.code_actions(uri, diagnostic.range, [diagnostic])
    [disable] = [a for a in actions if a.title == "Disable unknown-scope for this line"]
    session.apply(disable.edit)
    assert "        <!-- connectlint-disable-next-line unknown-scope -->\n        <scopes>ID</scopes>" in session.texts[uri]
    assert "unknown-scope" not in [d.code for d in await session.diagnostics(uri)]


async def test_fix_all_applies_every_safe_fix(session, sample, tmp_path):
    path = tmp_path / "cyclr.yaml"
    path.write_text(sample("broken/guide/refresh-token-secret.cyclr.yaml"))
    uri = session.open(path)
    diagnostics = await session.diagnostics(uri)
    assert len(diagnostics) == 2
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    actions = await session.code_actions(uri, whole, only=["source.fixAll.connectlint"])
    assert [a.kind for a in actions] == ["source.fixAll.connectlint"]
    session.apply(actions[0].edit)
    assert session.texts[uri].count("requireSecretForRefreshToken: false") == 2
    assert await session.diagnostics(uri) == []
    assert path.read_text() == sample("broken/guide/refresh-token-secret.cyclr.yaml")  # nothing written


async def test_hover_on_a_finding_explains_its_rule(session, tmp_path):
    uri = session.open(tmp_path / "cyclr.yaml", SECRET_SET)
    [diagnostic] = await session.diagnostics(uri)
    hover = await session.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=diagnostic.range.start))
    assert hover is not None and hover.range == diagnostic.range
    assert "refresh-token-secret (error)" in hover.contents.value
    assert "Why:" in hover.contents.value and "Fix:" in hover.contents.value
    nothing = await session.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0)))
    assert nothing is None


async def test_no_secret_value_reaches_the_editor(session, tmp_path):
    secret = "Zq8vN3xT7kLw2PmR9sYb4HcJ6dFg1QeA0uVnXo5EtWiKzBy"
    text = SETUP.replace("${SALESFORCE_CONSUMER_SECRET}", secret)
    uri = session.open(tmp_path / "cyclr.yaml", text)
    diagnostics = await session.diagnostics(uri)
    assert diagnostics
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=len(text.splitlines()), character=0))
    actions = await session.code_actions(uri, whole)
    hovers = [await session.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=d.range.start)) for d in diagnostics]
    shown = repr(diagnostics) + repr(actions) + repr(hovers) + repr(session.client.messages)
    assert secret not in shown
