// The roadmap file format (model, parser, Swift source writer) is its own module so the build-time tool can use it;
// everything that uses the domain sees it through RoadmapCore.
@_exported import RoadmapFormat
