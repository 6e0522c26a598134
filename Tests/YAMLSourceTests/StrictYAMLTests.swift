import Testing
import YAMLSource
import SourceText

/// The one strict reading of YAML values shared by setups, `.connectlint.yml` and rule files.
@Suite struct StrictYAMLTests {
    static func value(_ text: String) throws -> YAMLNode {
        let root = try #require(try documents("key: " + text + "\n").docs.first?.root)
        return try #require(try StrictYAML.mapping(root)["key"])
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL", "!!null ''"])
    func nullSpellings(_ text: String) throws {
        #expect(StrictYAML.isNull(try Self.value(text)))
    }

    @Test(arguments: ["''", "\"\"", "'~'", "nULL", "NuLL", "NULl", "nulL", "nul", "~~", "nill", "NUL", "none", "!!str", "[]"])
    func notNull(_ text: String) throws {
        #expect(!StrictYAML.isNull(try StrictYAMLTests.value(text)))
    }

    @Test func aliasesAreFollowed() throws {
        let root = try #require(try documents("a: &empty\nb: *empty\nc: &yes true\nd: *yes\n").docs.first?.root)
        let mapping = try StrictYAML.mapping(root)
        #expect(StrictYAML.isNull(try #require(mapping["b"])))
        #expect(try StrictYAML.boolean(try #require(mapping["d"])))
    }

    @Test func booleansAreTrueOrFalseInAnyCase() throws {
        #expect(try StrictYAML.boolean(try Self.value("true")))
        #expect(try !StrictYAML.boolean(try Self.value("FALSE")))
        #expect(try StrictYAML.boolean(try Self.value("!!bool \"True\"")))
    }

    @Test func yaml11BooleanSpellingsAreRefusedByName() throws {
        for spelling in ["yes", "No", "on", "OFF", "y", "n"] {
            #expect(throws: YAMLValueProblem(found: .yaml11Boolean(spelling), range: try Self.value(spelling).range)) {
                try StrictYAML.boolean(try Self.value(spelling))
            }
        }
    }

    @Test func quotedOrTaggedTextIsNeverABoolean() throws {
        let quoted = try Self.value("'true'")
        #expect(throws: YAMLValueProblem(found: .quoted("true"), range: quoted.range)) { try StrictYAML.boolean(quoted) }
        let tagged = try Self.value("!!str yes")
        #expect(throws: YAMLValueProblem(found: .quoted("yes"), range: tagged.range)) { try StrictYAML.boolean(tagged) }
        let empty = try Self.value("")
        #expect(throws: YAMLValueProblem(found: .null, range: empty.range)) { try StrictYAML.boolean(empty) }
    }

    @Test func integersAreDecimalWithOneOptionalSign() throws {
        #expect(try StrictYAML.integer(try Self.value("42")) == 42)
        #expect(try StrictYAML.integer(try Self.value("+7")) == 7)
        #expect(try StrictYAML.integer(try Self.value("-3")) == -3)
        #expect(try StrictYAML.integer(try Self.value("!!int '12'")) == 12)
        for text in ["+-5", "1.0", "0x1F", "1_000", "99999999999999999999", "١٢"] {
            let node = try Self.value(text)
            #expect(throws: YAMLValueProblem(found: .plain(text), range: node.range)) { try StrictYAML.integer(node) }
        }
        let quoted = try Self.value("\"1\"")
        #expect(throws: YAMLValueProblem(found: .quoted("1"), range: quoted.range)) { try StrictYAML.integer(quoted) }
    }

    @Test func stringsAreAnyScalarButNull() throws {
        #expect(try StrictYAML.string(try Self.value("'~'")) == "~")
        #expect(try StrictYAML.string(try Self.value("''")).isEmpty)
        #expect(try StrictYAML.string(try Self.value("12")) == "12")
        let null = try Self.value("~")
        #expect(throws: YAMLValueProblem(found: .null, range: null.range)) { try StrictYAML.string(null) }
        let list = try Self.value("[a]")
        #expect(throws: YAMLValueProblem(found: .list, range: list.range)) { try StrictYAML.string(list) }
    }

    @Test func listsAndMappingsSayWhatTheyFound() throws {
        #expect(try StrictYAML.list(try Self.value("[a, b]")).count == 2)
        let mapping = try Self.value("{a: 1}")
        #expect(throws: YAMLValueProblem(found: .mapping, range: mapping.range)) { try StrictYAML.list(mapping) }
        let scalar = try Self.value("word")
        #expect(throws: YAMLValueProblem(found: .plain("word"), range: scalar.range)) { try StrictYAML.mapping(scalar) }
    }
}

@Suite struct StrictMappingTests {
    static func mapping(_ text: String, allowedKeys: [String]? = nil) throws -> StrictMapping {
        try StrictYAML.mapping(try #require(try documents(text).docs.first?.root), allowedKeys: allowedKeys)
    }

    static func at(_ line: Int, _ column: Int, length: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + length))
    }

    @Test func allowedKeysAreKeptInOrder() throws {
        let mapping = try Self.mapping("b: 2\na: 1\n", allowedKeys: ["a", "b"])
        #expect(mapping.problems.isEmpty)
        #expect(mapping.fields.map(\.name) == ["b", "a"])
        #expect(mapping["a"]?.scalar?.value == "1")
        #expect(mapping["c"] == nil)
    }

    @Test func unknownKeysSuggestTheClosestAllowedKey() throws {
        let mapping = try Self.mapping("scopse: x\nzzzz: y\nScopes: z\n", allowedKeys: ["scopes", "enabled"])
        #expect(mapping.fields.isEmpty)
        #expect(mapping.problems == [
            YAMLKeyProblem(kind: .unknown(key: "scopse", suggestion: "scopes"), range: Self.at(1, 1, length: 6)),
            YAMLKeyProblem(kind: .unknown(key: "zzzz", suggestion: nil), range: Self.at(2, 1, length: 4)),
            YAMLKeyProblem(kind: .unknown(key: "Scopes", suggestion: "scopes"), range: Self.at(3, 1, length: 6)),
        ])
    }

    @Test func aRepeatedKeyNamesTheLineOfTheFirstAndTheFirstIsKept() throws {
        let mapping = try Self.mapping("a: 1\nb: 2\na: 3\n")
        #expect(mapping.problems == [YAMLKeyProblem(kind: .duplicate(key: "a", firstLine: 1), range: Self.at(3, 1, length: 1))])
        #expect(mapping["a"]?.scalar?.value == "1")
        #expect(mapping.fields.map(\.name) == ["a", "b"])
    }

    @Test func aRepeatedUnknownKeyIsBothUnknownAndRepeated() throws {
        let mapping = try Self.mapping("x: 1\nx: 2\n", allowedKeys: ["enabled"])
        #expect(mapping.problems.map(\.kind) == [.unknown(key: "x", suggestion: nil), .unknown(key: "x", suggestion: nil),
                                                 .duplicate(key: "x", firstLine: 1)])
    }

    /// Keys are compared on their bytes where that tells, and as `String`s compare where it does not: KELVIN SIGN is
    /// canonically `K`, and an é written as e and a combining accent is the é written as one character.
    @Test func keysCompareAsStringsCompare() throws {
        let kelvin = try Self.mapping("Key: 1\n\u{212A}ey: 2\n")
        #expect(kelvin.problems.map(\.kind) == [.duplicate(key: "\u{212A}ey", firstLine: 1)])
        let accents = try Self.mapping("caf\u{E9}: 1\ncafe\u{301}: 2\n", allowedKeys: ["café"])
        #expect(accents.problems.map(\.kind) == [.duplicate(key: "café", firstLine: 1)])
        #expect(accents.fields.map(\.position) == [0])
        let plain = try Self.mapping("kei: 1\nKey: 2\n", allowedKeys: ["Key"])
        #expect(plain.problems.map(\.kind) == [.unknown(key: "kei", suggestion: "Key")])
        #expect(plain.fields.map(\.name) == ["Key"])
        let root = try #require(try documents("\u{212A}ey: 1\nname: 2\n").docs.first?.root)
        #expect(StrictYAML.firstValue(of: "Key", in: root)?.scalar?.value == "1")
        #expect(StrictYAML.firstValue(of: "Ke", in: root) == nil)
    }

    /// A text past `ScalarTexts.longBytes` is kept whole as a `String`, and compares as a short one does.
    @Test func longKeysAndValuesReadAsShortOnesDo() throws {
        let long = String(repeating: "k", count: 5_000)
        // Written as explicit keys: an implicit key holds at most 1,024 characters.
        let repeated = try Self.mapping("? \(long)\n: 1\nshort: \(long)\n? \(long)\n: 2\n")
        #expect(repeated.problems.map(\.kind) == [.duplicate(key: long, firstLine: 1)])
        #expect(repeated.fields.map(\.name) == [long, "short"])
        #expect(repeated["short"]?.scalar?.value == long)
        #expect(try Self.mapping("? \(long)é\n: 1\n", allowedKeys: [long + "e\u{301}"]).fields.map(\.position) == [0])
    }

    @Test(arguments: ["''", "'null'", "\"~\"", "nul", "nulls", "\u{212A}"])
    func onlyThePlainSpellingsOfNullAreNull(text: String) throws {
        #expect(!StrictYAML.isNull(try StrictYAMLTests.value(text)))
    }

    @Test func keysMustBeScalarsButMayBeQuotedOrAliases() throws {
        let mapping = try Self.mapping("? [a]\n: 1\n'b': 2\nc: &name d\n*name : 3\n")
        #expect(mapping.problems.map(\.kind) == [.notScalar(kindName: "a list")])
        #expect(mapping.fields.map(\.name) == ["b", "c", "d"])
    }
}
