import Mustache

// The template reads these values by name; through Mirror, which Mustache falls back to, an export of the built-in
// ml-engineer page took 401 ms and one of 2,000 skills 2.4 s (release), so each value answers by name itself.

extension HTMLPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "roadmap": roadmap
        case "dated": dated
        case "meta": meta
        case "stages": stages
        case "statuses": statuses
        case "stageOptions": stageOptions
        case "areaOptions": areaOptions
        case "pathLabel": pathLabel
        case "plan": plan
        case "mapWidth": mapWidth
        case "mapHeight": mapHeight
        case "printZoom": printZoom
        case "columns": columns
        case "lanes": lanes
        case "cards": cards
        case "edges": edges
        case "mapNote": mapNote
        case "choiceNote": choiceNote
        case "electiveNote": electiveNote
        case "heatWidth": heatWidth
        case "heatHeight": heatHeight
        case "heatLabel": heatLabel
        case "heatCells": heatCells
        case "stageSkills": stageSkills
        case "exported": exported
        case "style": style
        case "script": script
        case "served": served
        default: nil
        }
    }
}

extension HTMLPage.StageBar: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "stage": stage
        case "title": title
        case "percent": percent
        case "count": count
        case "hours": hours
        default: nil
        }
    }
}

extension HTMLPage.Option: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "title": title
        case "current": current
        default: nil
        }
    }
}

extension HTMLPage.Card: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "status": status
        case "stage": stage
        case "area": area
        case "onPath": onPath
        case "planPlace": planPlace
        case "elective": elective
        case "search": search
        case "style": style
        default: nil
        }
    }
}

extension HTMLPage.Labelled: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "style": style
        default: nil
        }
    }
}

extension HTMLPage.Edge: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "from": from
        case "to": to
        case "choice": choice
        case "path": path
        default: nil
        }
    }
}

extension HTMLPage.Neighbour: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "status": status
        case "note": note
        default: nil
        }
    }
}

extension HTMLPage.Plan: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "summary": summary
        case "steps": steps
        case "more": more
        default: nil
        }
    }
}

extension HTMLPage.Choice: MustacheParent {
    public func child(named name: String) -> Any? {
        name == "alternatives" ? alternatives : nil
    }
}

extension HTMLPage.Link: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "kind": kind
        default: nil
        }
    }
}

extension HTMLPage.Note: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "day": day
        case "text": text
        default: nil
        }
    }
}

extension HTMLPage.SkillDetail: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "status": status
        case "facts": facts
        case "summary": summary
        case "resources": resources
        case "requires": requires
        case "choices": choices
        case "unlocks": unlocks
        case "notes": notes
        case "evidence": evidence
        default: nil
        }
    }
}

extension HTMLPage.AreaSkills: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "skills": skills
        default: nil
        }
    }
}

extension HTMLPage.StageSkills: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "stage": stage
        case "title": title
        case "areas": areas
        default: nil
        }
    }
}

extension HTMLPage.HeatCell: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "day": day
        case "count": count
        case "level": level
        case "label": label
        default: nil
        }
    }
}
