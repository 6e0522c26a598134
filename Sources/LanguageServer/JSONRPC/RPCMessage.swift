import FoundationEssentials

/// A request id: JSON-RPC allows a number or a string.
enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }
}

/// What every incoming message is read as first; the params are decoded once the method is known.
struct IncomingEnvelope: Decodable {
    let id: RequestID?
    let method: String?
    /// Set on responses to the server's own requests (such as `client/registerCapability`), which are not waited for.
    let hasResult: Bool

    enum CodingKeys: String, CodingKey { case id, method, result, error }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try? container.decodeIfPresent(RequestID.self, forKey: .id)
        method = try container.decodeIfPresent(String.self, forKey: .method)
        hasResult = container.contains(.result) || container.contains(.error)
    }
}

struct ParamsEnvelope<Params: Decodable>: Decodable {
    let params: Params
}

/// JSON-RPC and LSP error codes.
enum ErrorCode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case serverCancelled = -32802
    case contentModified = -32801
}

struct ResponseError: Error, Encodable, Sendable {
    let code: Int
    let message: String
    /// For `serverCancelled` of a pull: `{"retriggerRequest": true}` asks the client to pull again.
    var data: RetriggerData?

    init(_ code: ErrorCode, _ message: String, retrigger: Bool = false) {
        self.code = code.rawValue
        self.message = message
        self.data = retrigger ? RetriggerData(retriggerRequest: true) : nil
    }

    struct RetriggerData: Encodable, Sendable { let retriggerRequest: Bool }
}

struct ResponseMessage<Result: Encodable>: Encodable {
    let jsonrpc = "2.0"
    /// Null when the request could not be read far enough to know its id.
    let id: RequestID?
    var result: Result?
    var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jsonrpc, forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        if let error {
            try container.encode(error, forKey: .error)
        } else {
            // A result of null (shutdown, a hover over nothing) must still be written.
            try container.encode(result, forKey: .result)
        }
    }
}

struct NotificationMessage<Params: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let method: String
    let params: Params
}

struct RequestMessage<Params: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let id: RequestID
    let method: String
    let params: Params
}

/// Stands for `null` as a result.
struct NullResult: Encodable {
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
