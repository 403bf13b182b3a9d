import FuzzDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return fuzzBackup(UnsafeRawPointer(bitPattern: 1)!, 0) }
    return fuzzBackup(data, size)
})
