import RoadmapCore
import Testing

@Suite struct SyncRemoteTests {
    @Test(arguments: [
        ("../progress.git", "/home/ada/notes", "/home/ada/progress.git"),
        ("usb/roadmap.git", "/media", "/media/usb/roadmap.git"),
        ("./roadmap.git/", "/srv", "/srv/roadmap.git"),
        ("/media/usb/roadmap.git", "/home/ada", "/media/usb/roadmap.git"),
        ("git@github.com:ada/roadmap.git", "/home/ada", "git@github.com:ada/roadmap.git"),
        ("github.com:ada/roadmap.git", "/home/ada", "github.com:ada/roadmap.git"),
        ("https://github.com/ada/roadmap.git", "/home/ada", "https://github.com/ada/roadmap.git"),
        ("file:///srv/roadmap.git", "/home/ada", "file:///srv/roadmap.git"),
        ("backups/a:b.git", "/home/ada", "/home/ada/backups/a:b.git"),
    ])
    func aRelativePathMeansWhereTheUserTypedIt(remote: String, directory: String, resolved: String) {
        #expect(SyncRemote.resolved(remote, from: directory) == resolved)
    }
}
