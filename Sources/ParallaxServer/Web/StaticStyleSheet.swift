/// The pages' stylesheet: one readable column, serif reading text, sans-serif apparatus, light and dark, phone first.
enum StaticStyleSheet {
    static let css = #"""
    :root{color-scheme:light dark;--fg:#1c1c1e;--muted:#6b6b72;--rule:#e2e2e6;--accent:#0b57d0;--bg:#fdfdfc;--card:#fff;--tint:#f3f3f0;--mark:#fff1b8;--mark-strong:#ffd84d;--badge:#e8f0fe}
    @media (prefers-color-scheme:dark){:root{--fg:#e9e9ee;--muted:#a3a3ab;--rule:#34343a;--accent:#8ab4f8;--bg:#131316;--card:#1b1b1f;--tint:#222227;--mark:#4a3f12;--mark-strong:#7a6410;--badge:#1f2b45}}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--fg);font:18px/1.62 Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"Times New Roman",serif;overflow-wrap:break-word}
    header.site,footer.site,h2,h3,.meta,.badge,.count,.outlet,.cites,.crumbs,.pager,.slot,.value,.number,.entities,.timeline .date,.claim-head,.mentions,.aliases,code{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
    header.site{max-width:46rem;margin:0 auto;padding:1.1rem 1.2rem .2rem;display:flex;align-items:baseline;gap:.8rem;flex-wrap:wrap}
    .brand{font-weight:700;letter-spacing:-.01em;font-size:1.1rem;color:var(--fg)}
    .tagline{color:var(--muted);font-size:.8rem}
    main{max-width:46rem;margin:0 auto;padding:.5rem 1.2rem 3rem}
    footer.site{max-width:46rem;margin:0 auto;padding:1.5rem 1.2rem 2.5rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}
    a{color:var(--accent);text-decoration:none}
    a:hover{text-decoration:underline}
    h1{font-size:2.2rem;line-height:1.15;letter-spacing:-.015em;margin:1.2rem 0 .6rem;font-weight:700}
    h1.page-title{font-size:1.6rem}
    h2{font-size:.78rem;letter-spacing:.09em;text-transform:uppercase;color:var(--muted);font-weight:600;border-top:1px solid var(--rule);padding-top:1.1rem;margin:2.4rem 0 .7rem}
    h3{font-size:1rem;line-height:1.35;margin:1.1rem 0 .35rem}
    p{margin:0 0 .9rem}
    .meta{color:var(--muted);font-size:.84rem;line-height:1.5;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.25rem .8rem;align-items:baseline}
    .exports{font-size:.78rem;display:block}
    .source-foot{display:block}
    .badge,.count{display:inline-block;background:var(--badge);color:var(--accent);border-radius:999px;padding:.05rem .55rem;font-size:.76rem;font-weight:600;white-space:nowrap}
    .crumbs{font-size:.85rem;margin-top:.4rem}
    .empty{color:var(--muted)}
    code{font-size:.84em;background:var(--tint);padding:.05em .3em;border-radius:4px}
    .story-list{list-style:none;padding:0;margin:1rem 0}
    .story-item{padding:1rem 0 1.05rem;border-top:1px solid var(--rule)}
    .story-item:first-child{border-top:0}
    .story-link{color:var(--fg);display:block}
    .story-link:hover{text-decoration:none}
    .story-link:hover .headline{color:var(--accent)}
    .headline{font-size:1.35rem;line-height:1.25;font-weight:700;letter-spacing:-.01em;display:block;margin-bottom:.35rem}
    .pager{display:flex;justify-content:space-between;gap:1rem;font-size:.9rem;margin-top:1rem}
    .summary p{font-size:1.1rem;line-height:1.66}
    .cites{font-size:.66rem;line-height:0;vertical-align:super;margin-left:.1rem;white-space:nowrap}
    .cite,.source-link{display:inline-block;min-width:1.15rem;padding:0 .22rem;margin:0 .08rem;border-radius:4px;background:var(--tint);color:var(--accent);text-align:center;font-weight:600;line-height:1.35}
    .cite:hover,.cite:focus,.source-link:hover,.source-link:focus{background:var(--accent);color:var(--bg);text-decoration:none}
    .facts{padding-left:0;list-style:none;margin:0}
    .facts li{margin:0 0 .8rem;padding-left:0}
    .unique{list-style:disc;padding-left:1.2rem}
    .facts .count{margin-right:.35rem}
    .outlet{font-weight:600;font-size:.8rem;color:var(--muted);margin-right:.3rem}
        .conflict{margin:0 0 1.3rem}
    .conflict h3{font-weight:600}
    .slot{display:inline-block;font-size:.68rem;text-transform:uppercase;letter-spacing:.06em;color:#b3261e;border:1px solid currentColor;border-radius:4px;padding:0 .3rem;margin-right:.3rem;vertical-align:.12em}
    .claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.7rem}
    .claim{background:var(--card);border:1px solid var(--rule);border-radius:10px;padding:.7rem .85rem .2rem;font-size:.95rem}
    .claim .value{font-weight:700;font-size:1.15rem;line-height:1.25;margin:0 0 .2rem}
    .claim-source{margin:0 0 .5rem;font-size:.78rem;color:var(--muted);line-height:1.35}
    .source-ref{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-weight:600}
    .chip{display:inline-block;min-width:1.3rem;height:1.3rem;line-height:1.3rem;border-radius:50%;background:var(--tint);color:var(--accent);text-align:center;font-size:.72rem;font-weight:700;margin-right:.4rem;vertical-align:.05em}
    .unique-group h3{font-size:.85rem;color:var(--muted);margin:1rem 0 .4rem}
    .unique li{margin-bottom:.55rem}
    .claim strong{background:var(--mark);border-radius:3px;padding:0 .1em}
    .speaker h3{font-size:.92rem}
    blockquote{margin:0 0 .8rem;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--rule);font-style:italic}
    blockquote p{margin:0}
    blockquote .cites{font-style:normal}
    .timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--rule)}
    .timeline li{position:relative;padding:0 0 .8rem 1rem}
    .timeline li::before{content:"";position:absolute;left:-.36rem;top:.55rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--accent)}
    .timeline .date{display:block;font-size:.8rem;font-weight:600;color:var(--muted)}
    .entity-groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:0 1.5rem}
    .entity-group h3{font-size:.85rem;color:var(--muted);margin-top:.4rem}
    .entities,.related{list-style:none;padding:0;margin:0;font-size:.9rem}
    .entities li,.related li{margin:0 0 .35rem;line-height:1.4}
    .entities .name{font-weight:600}
    .aliases,.mentions{color:var(--muted);font-size:.78rem}
    .mentions{display:block}
    .source{background:var(--card);border:1px solid var(--rule);border-radius:12px;padding:1rem 1.1rem .4rem;margin:0 0 1.2rem}
    .source header{display:flex;gap:.75rem;align-items:flex-start}
    .source h3{margin:.05rem 0 .3rem;font-size:1.05rem}
    .number{flex:none;width:1.8rem;height:1.8rem;border-radius:50%;background:var(--tint);color:var(--accent);display:flex;align-items:center;justify-content:center;font-weight:700;font-size:.85rem}
    .source .text{margin-top:.7rem;font-size:1rem;line-height:1.6}
    .source-foot{margin-top:.2rem;font-size:.78rem}
    mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 .05em;transition:background-color .2s}
    mark.hover,mark.active{background:var(--mark-strong);box-shadow:0 0 0 2px var(--mark-strong)}
    .anchor{scroll-margin-top:5rem}
    .anchor:target+mark{background:var(--mark-strong)}
    @media (max-width:36rem){body{font-size:17px}h1{font-size:1.6rem}.headline{font-size:1.15rem}main,header.site,footer.site{padding-left:1rem;padding-right:1rem}.source{padding:.85rem .85rem .3rem;border-radius:10px}.summary p{font-size:1.04rem}}
    """#
}
