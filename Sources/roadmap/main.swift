import RoadmapCLI

RoadmapProgram.main()
