import PropertyBased
import Testing
@testable import RoadmapCore

/// Eight bytes at once answer what a byte-at-a-time loop answers.
@Suite struct ByteWordTests {
    static let byte = Gen.int(in: 0...255).map { UInt8($0) }
    /// Bytes near the limits these tests ask about, so that a word often holds one and often not.
    static let nearLimits: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x2F, 0x5C, 0x7E, 0x7F, 0x80, 0x81, 0xC2, 0xFF]
    static let word = Gen.int(in: 0..<(nearLimits.count + 4)).map { $0 < nearLimits.count ? nearLimits[$0] : 0x41 }.array(of: 8...8)

    @Test func aWordHasABelowOrEqualToWhatItsBytesHave() async {
        await propertyCheck(count: 2_000, input: Self.word, Gen.int(in: 0...0x80), Self.byte) { bytes, limit, byte in
            let word = bytes.withUnsafeBufferPointer { ByteWord($0.baseAddress!, at: 0) }
            #expect(word.hasByte(below: UInt8(limit)) == bytes.contains { $0 < limit }, "\(bytes) below \(limit)")
            #expect(word.has(byte) == bytes.contains(byte), "\(bytes) has \(byte)")
            for near in Self.nearLimits { #expect(word.has(near) == bytes.contains(near), "\(bytes) has \(near)") }
        }
    }

    @Test func textIsASCIIWhenEachOfItsBytesIs() async {
        let plain = Gen.int(in: 0...0x7F).map { UInt8($0) }.array(of: 0...26)
        await propertyCheck(count: 1_000, input: plain, Gen.int(in: 0...26), Gen.int(in: 0x7F...0xFF)) { bytes, place, high in
            var bytes = bytes
            if !bytes.isEmpty { bytes[place % bytes.count] = UInt8(high) }
            #expect(bytes.withUnsafeBufferPointer(ByteWord.isASCII) == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        }
        #expect(ByteWord.isASCII(UnsafeBufferPointer(start: nil, count: 0)))
    }
}
