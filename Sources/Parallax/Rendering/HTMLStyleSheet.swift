/// The page's inline CSS: one readable column on any screen, serif text, sans-serif apparatus, light and dark.
enum HTMLStyleSheet {
    static let css = """
    :root{color-scheme:light dark;--fg:#1d1d1f;--muted:#6b6b70;--rule:#d8d8dc;--accent:#0b57d0;--bg:#fff;--tint:#f4f4f6}
    @media (prefers-color-scheme:dark){:root{--fg:#e8e8ed;--muted:#a1a1a8;--rule:#3a3a3e;--accent:#8ab4f8;--bg:#141416;--tint:#1f1f23}}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 Charter,Georgia,"Times New Roman",serif;overflow-wrap:break-word;-webkit-text-size-adjust:100%}
    main{max-width:44rem;margin:0 auto;padding:1rem 1.1rem 4rem}
    h1,h2,h3,nav,.meta,.cites,.count,.span,.slot,.sources,.copies,.related,.entities{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
    h1{font-size:1.9rem;line-height:1.2;margin:2rem 0 .4rem}
    h2{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);border-top:1px solid var(--rule);padding-top:1rem;margin:2rem 0 .5rem}
    h3{font-size:1rem;margin:1rem 0 .3rem}
    a{color:var(--accent);text-decoration:none}
    a:hover{text-decoration:underline}
    ol,ul{padding-left:1.4rem}
    li{margin:.35rem 0}
    ul ul{list-style:none;padding-left:.6rem}
    .meta,.span,.slot{color:var(--muted);font-size:.85rem}
    .meta{margin:0}
    .span{font-size:.75rem;white-space:nowrap}
    .cites{font-size:.75rem;vertical-align:super;line-height:0;white-space:nowrap}
    .count,.value{font-weight:600}
    .summary li{margin:.6rem 0}
    blockquote{margin:.3rem 0;padding:0 0 0 .9rem;border-left:3px solid var(--rule)}
    .sources li,.copies li,.related li,.entities li{font-size:.92rem}
    code{font-size:.85em;background:var(--tint);padding:0 .25em;border-radius:3px}
    .story+.story{margin-top:3rem;border-top:3px double var(--rule)}
    @media (max-width:32rem){body{font-size:16px}h1{font-size:1.5rem}main{padding:.5rem .9rem 3rem}}
    """
}
