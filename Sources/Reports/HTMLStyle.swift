/// The HTML report's style sheet, inline so the page needs nothing from elsewhere. The severity filters
/// are checkboxes before `<header>` and `<main>`, so CSS alone hides what is unchecked (no script).
enum HTMLStyle {
    static let sheet = """
    :root { --error: #b42318; --warning: #9a6700; --info: #0b5cad; --line: #d0d7de; --muted: #57606a; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
    header, main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 20px; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 24px 0 8px; }
    .summary { font-size: 16px; margin: 0 0 12px; }
    .toggle { position: absolute; opacity: 0; pointer-events: none; }
    .filters label { display: inline-block; margin: 0 6px 6px 0; padding: 2px 12px; border: 1px solid var(--line); border-radius: 14px;
      background: #fff; cursor: pointer; text-decoration: line-through; color: var(--muted); }
    #show-error:checked ~ header label[for=show-error], #show-warning:checked ~ header label[for=show-warning],
    #show-info:checked ~ header label[for=show-info] { text-decoration: none; color: #1f2328; font-weight: 600; }
    #show-error:not(:checked) ~ main .finding.error, #show-warning:not(:checked) ~ main .finding.warning,
    #show-info:not(:checked) ~ main .finding.info { display: none; }
    table { border-collapse: collapse; background: #fff; margin-bottom: 8px; }
    th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
    th { background: #eaeef2; }
    td.count { text-align: right; }
    .file { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 16px 0; padding: 4px 16px 8px; }
    .file h2 { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 15px; word-break: break-all; }
    .finding { border-top: 1px solid var(--line); padding: 8px 0; }
    .finding .head { margin: 0; }
    .badge { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 4px; color: #fff; font-size: 13px; font-weight: 600; text-align: center; }
    .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
    .location, .rule { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; color: var(--muted); }
    pre.source { margin: 6px 0; padding: 6px 10px; background: #f6f8fa; border-radius: 4px; overflow-x: auto; font-size: 13px; }
    .gutter { color: var(--muted); }
    .finding.error .caret { color: var(--error); } .finding.warning .caret { color: var(--warning); } .finding.info .caret { color: var(--info); }
    .help, .fix { margin: 4px 0 0; }
    .hints { margin: 4px 0 0; padding-left: 22px; color: var(--muted); }
    .clean { color: var(--muted); }
    """
}
