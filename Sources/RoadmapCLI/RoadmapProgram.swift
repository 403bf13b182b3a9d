/// The process's entry, called by the `roadmap` executable target: the commands live in this library so that
/// tests and the fuzz targets in `Fuzz/` can reach them.
public enum RoadmapProgram {
    public static func main() {
        RoadmapCommand.main()
    }
}
