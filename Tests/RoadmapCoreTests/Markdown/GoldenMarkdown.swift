// The expected Markdown export of PortfolioFixture; review any change to it as a change of the product.
let goldenMarkdown = #"""
# Learning progress: ML &amp; Data &lt;Portfolio&gt;

**ML &amp; Data &lt;Portfolio&gt;** (`portfolio`, version 2), exported 2026-11-20. Stage reached: Entry level. Target: Senior level by 2027-06-30. Pace: 0.4 skills and 7.2 hours a week over the last 8 weeks; at that pace Senior level comes around 2027-03-31 (2027-02-04 by hours), 91 days before the target date.

| Stage | Done | Total | Percent | Hours |
|---|---:|---:|---:|---:|
| Entry level | 3 | 3 | 100% | 75 of 75 |
| Mid level | 2 | 7 | 28% | 33 of 83 |
| Senior level | 0 | 2 | 0% | 0 of 28 |
| **All** | **5** | **12** | **41%** | **108 of 186** |

Hours are estimates; 1 open skill has none.

## Evidence

- [Scikit-learn certificate](https://example.org/cert/42) — Scikit-learn (2026-11-16)
- [Churn analysis](https://github.com/me/churn) — Pandas, Feature engineering (2026-11-02)
- [https://example.org/stats-notes](https://example.org/stats-notes) — Statistics (2026-10-05)

## Entry level

<details><summary>Entry level — 3 of 3 done</summary>

### Data

- [x] Python — done 2026-06-01
- [x] SQL — done 2026-09-10
  - Note: Window functions, CTEs \| joins
- [ ] ~~R language~~ — skipped

### Models &amp; evaluation

- [x] Statistics — done 2026-10-05
  - Evidence: [https://example.org/stats-notes](https://example.org/stats-notes)

</details>

## Mid level

2 of 7 done (28%), 1 learning, 33 of 83 hours.

### Data

- [x] Pandas — done 2026-11-02
  - Evidence: [Churn analysis](https://github.com/me/churn)
- [ ] Feature engineering — learning since 2026-11-16
  - Evidence: [Churn analysis](https://github.com/me/churn)
- [ ] Data pipelines

### Models &amp; evaluation

- [x] Scikit-learn — done 2026-11-16
  - Evidence: [Scikit-learn certificate](https://example.org/cert/42)
- [ ] Model evaluation
- [ ] Hyperparameter tuning

### Operations

- [ ] Docker

## Senior level

<details><summary>Senior level — 0 of 2 done</summary>

### Operations

- [ ] Model serving
- [ ] Monitoring

</details>

## Gap to Senior level

7 open skills, 78 estimated hours (1 without an estimate):

- Mid level: 5 skills, 50 hours
- Senior level: 2 skills, 28 hours

| Area | Open | Hours |
|---|---:|---:|
| Operations | 3 | 36 |
| Data | 2 | 32 |
| Models &amp; evaluation | 2 | 10 |

<details><summary>The 7 open skills and what each waits on</summary>

**Data**

- Feature engineering — learning
- Data pipelines — waits on Feature engineering

**Models &amp; evaluation**

- Model evaluation
- Hyperparameter tuning — waits on Model evaluation

**Operations**

- Docker
- Model serving — waits on Docker, Model evaluation
- Monitoring — waits on Model serving

</details>

## Prerequisite map

```mermaid
flowchart LR
  subgraph a0["Data"]
    s0["Feature engineering"]
    s3["Data pipelines"]
  end
  subgraph a1["Models #amp; evaluation"]
    s1["Model evaluation"]
    s4["Hyperparameter tuning"]
  end
  subgraph a2["Operations"]
    s2["Docker"]
    s5["Model serving"]
  end
  s0 --> s3
  s1 --> s4
  s2 --> s5
  s1 --> s5
  classDef learning fill:#d4a72c,stroke:#9a6700,color:#000000
  classDef ready fill:#ffffff,stroke:#1a7f37,stroke-width:2px,color:#24292f
  classDef waiting fill:#eaeef2,stroke:#8c959f,color:#57606a,stroke-dasharray:4
  class s0 learning
  class s1,s2,s3 ready
  class s4,s5 waiting
```

The map shows 6 skills: 4 of the 4 skills ready to learn now, each with an arrow to what it unlocks, and 2 of the 2 they unlock next. Amber: learning; green border: ready; grey, dashed: waiting on a skill shown.

## Next steps

1. **Feature engineering** — Mid level, 12 hours, unlocks 1, learning
2. **Model evaluation** — Mid level, 10 hours, unlocks 3
3. **Docker** — Mid level, 8 hours, unlocks 2

## Pace and activity

0.4 skills and 7.2 hours a week over the last 8 weeks (done per week, oldest first: 0 1 0 0 0 1 0 1).

| Stage | At 0.4 skills a week | At 7.2 hours a week |
|---|---|---|
| Mid level | 2027-02-22 | 2027-01-08 |
| Senior level | 2027-03-31 | 2027-02-04 |

Target: Senior level by 2027-06-30: at this pace 91 days ahead; it needs 0.2 skills a week.

Done per week over the last 26 weeks: 2026-05-23 `▁█▁▁▁▁▁▁▁▁▁▁▁▁▁█▁▁▁█▁▁▁█▁█` 2026-11-20 (▁ a week with none, █ 1; 5 skills in all).

7 events on 6 days, from 2026-06-01 to 2026-11-16; the busiest day, 2026-11-16, had 2.

_Exported with roadmap 0.1.0._

"""#
