// The expected Markdown export of MarkdownExportTests' fixture; review any change to it as a change of the product.
let goldenMarkdown = #"""
# Learning progress

_Exported 2026-11-20 with roadmap 0.1.0: R (version 1)._

## R

| Stage | Done | Total | Percent |
|---|---:|---:|---:|
| Entry | 2 | 2 | 100% |
| Mid | 0 | 3 | 0% |
| Senior | 0 | 1 | 0% |
| **All** | **2** | **6** | **33%** |

**Stage reached:** Entry

### Entry

2 of 2 done (100%), 1 skipped

- [x] r.a — done 2026-11-02
  - Note: Worked through the course.
- [x] r.b — done 2026-11-16
  - Evidence: [My project](https://github.com/me/project)
- [ ] ~~r.c~~ — skipped

### Mid

0 of 3 done (0%)

- [ ] r.d
- [ ] r.e
- [ ] r.f — learning since 2026-11-18

### Senior

0 of 1 done (0%)

- [ ] r.g

### Gap to Mid

3 open skills.

**Core**

- r.d (`r.d`)
- r.e (`r.e`) — waiting on `r.d`

**Extra**

- r.f (`r.f`) — learning

```mermaid
flowchart LR
  s0["r.b"]
  s1["r.d"]
  s2["r.e"]
  s3["r.f"]
  s0 --> s1
  s1 --> s2
  classDef done fill:#2da44e,stroke:#1a7f37,color:#ffffff
  classDef learning fill:#d4a72c,stroke:#9a6700,color:#000000
  classDef skipped fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4
  classDef todo fill:#ffffff,stroke:#57606a,color:#24292f
  class s1,s2 todo
  class s3 learning
  class s0 done
```

### Next steps

1. r.f (`r.f`) — mid, unlocks 1, learning
2. r.d (`r.d`) — mid, unlocks 2

### Pace

0.2 skills a week over the last 8 weeks.
- Mid: around 2027-02-12
- Senior: around 2027-03-12
- Target: Mid by 2027-01-31 — 12 days behind

## Activity

- 4 events on 4 days, from 2026-11-02 to 2026-11-18
- 2 skills done in the 4 weeks to 2026-11-20
- Busiest day: 2026-11-02 (1 event)

"""#
