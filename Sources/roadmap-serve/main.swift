import Foundation
import RoadmapServer

await ServeMain.run()
