import PropertyBased
import Testing
@testable import RoadmapCore

/// Pieces appended to `OutputBytes`, across its growing and after `removeAll`, are the bytes an array gets.
@Suite struct OutputBytesTests {
    static let piece = Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...150)

    @Test func holdsWhatAnArrayHolds() async {
        await propertyCheck(count: 300, input: Self.piece.array(of: 0...40), Gen.int(in: 0...40)) { pieces, cleared in
            let output = OutputBytes(capacity: 1)
            var expected: [UInt8] = []
            for (index, piece) in pieces.enumerated() {
                if index == cleared {
                    output.removeAll()
                    expected.removeAll()
                }
                switch index % 3 {
                case 0: piece.withUnsafeBufferPointer { output.append(contentsOf: $0) }
                case 1: output.append(contentsOf: piece)
                default: for byte in piece { output.append(byte) }
                }
                expected += piece
            }
            output.append("null")
            expected += Array("null".utf8)
            #expect(output.withBytes(Array.init) == expected)
            #expect(output.count == expected.count && output.isEmpty == expected.isEmpty)
        }
    }

    @Test func anEmptyPieceAddsNothing() {
        let output = OutputBytes()
        output.append(contentsOf: UnsafeBufferPointer(start: nil, count: 0))
        output.reserveCapacity(1 << 20)
        #expect(output.isEmpty && output.withBytes(Array.init) == [])
    }
}
