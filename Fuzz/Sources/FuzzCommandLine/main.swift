import FuzzDriver
import Foundation

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    guard let data else { return fuzzCommandLine(UnsafeRawPointer(bitPattern: 1)!, 0) }
    return fuzzCommandLine(data, size)
})
