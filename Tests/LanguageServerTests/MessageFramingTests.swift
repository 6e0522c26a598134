import Foundation
import Testing
@testable import LanguageServer

struct MessageFramingTests {
    func frames(_ text: String) throws -> [MessageReader.Frame] {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        let reader = MessageReader(descriptor: pipe.fileHandleForReading.fileDescriptor)
        var frames: [MessageReader.Frame] = []
        while true {
            let frame = reader.next()
            frames.append(frame)
            if case .endOfInput = frame { return frames }
        }
    }

    @Test func framesAreSplitByContentLength() throws {
        let read = try frames("Content-Length: 2\r\n\r\n{}content-length:4\r\nContent-Type: x\r\n\r\n[1] ")
        guard read.count == 3, case .message(let first) = read[0], case .message(let second) = read[1] else {
            Issue.record("unexpected frames \(read)")
            return
        }
        #expect(String(decoding: first, as: UTF8.self) == "{}")
        #expect(String(decoding: second, as: UTF8.self) == "[1] ")
    }

    @Test func aHeaderWithoutLengthIsReportedAndReadingGoesOn() throws {
        let read = try frames("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}")
        guard read.count == 3, case .badHeader = read[0], case .message = read[1] else {
            Issue.record("unexpected frames \(read)")
            return
        }
    }

    @Test func responsesCarryANullResultAndANullId() throws {
        let data = try JSONEncoder().encode(ResponseMessage<NullResult>(id: nil, result: NullResult(), error: nil))
        #expect(String(decoding: data, as: UTF8.self).contains("\"result\":null"))
        #expect(String(decoding: data, as: UTF8.self).contains("\"id\":null"))
    }
}
