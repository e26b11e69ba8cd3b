/// One CSV record and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The record's fields, unquoted.
    public let fields: [String]
    /// 1-based line of the record's first character (a quoted field may span lines).
    public let line: Int
}

/// A CSV syntax error at a position.
public struct CSVSyntaxError: Error, Sendable, Equatable {
    /// The 1-based line where the record starts.
    public let line: Int
    /// 1-based column in Unicode scalars.
    public let column: Int
    /// What is wrong there.
    public let reason: String
}

/// Splits RFC 4180 CSV text into records, keeping every field verbatim (no trimming).
///
/// - Fields are separated by `delimiter`: a comma, or `;` or a tab for files that
///   spreadsheets in many locales write (``sniffedDelimiter(_:)`` guesses which).
/// - Quoted fields may hold delimiters, doubled quotes (`""`) and line breaks.
/// - Records end with CRLF, LF or CR; a UTF-8 byte order mark at the start is dropped;
///   empty lines are skipped.
/// - A quote inside an unquoted field, text after a closing quote, and a quoted field left
///   open at the end of the file are errors with their line and column: the libraries we
///   measured (SwiftCSV 0.10.0, CSV.swift 2.5.2) accept some of these silently and report
///   no positions; see `Docs/csv-parsing.md`.
///
/// An ASCII delimiter (comma, semicolon, tab) is read from the UTF-8 bytes directly
/// (`tokenizeCSVBytes`); any other one scalar by scalar. Both give the same
/// records and the same errors (a differential test holds them to it).
///
/// - Complexity: O(n) in the length of the text.
public func tokenizeCSV(_ text: String, delimiter: Unicode.Scalar = ",") throws(CSVSyntaxError) -> [CSVRecord] {
    guard delimiter.isASCII, delimiter != "\"", delimiter != "\n", delimiter != "\r" else {
        return try tokenizeCSVScalars(text, delimiter: delimiter)
    }
    var text = text
    let result = text.withUTF8 { bytes in
        Result { () throws(CSVSyntaxError) in try tokenizeCSVBytes(bytes, delimiter: UInt8(delimiter.value)) }
    }
    return try result.get()
}

/// ``tokenizeCSV(_:delimiter:)`` read scalar by scalar: the reference the byte reader is
/// tested against, and the reader of a non-ASCII delimiter.
///
/// - Complexity: O(n) in the length of the text.
func tokenizeCSVScalars(_ text: String, delimiter: Unicode.Scalar = ",") throws(CSVSyntaxError) -> [CSVRecord] {
    enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var state = State.fieldStart
    var line = 1, column = 0
    var recordLine = 1
    var quoteOpened = (line: 1, column: 1)
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

    func endField() {
        fields.append(String(field))
        field = String.UnicodeScalarView()
    }
    func endRecord() {
        endField()
        if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(fields: fields, line: recordLine)) }
        fields = []
    }

    var i = 0
    while i < scalars.count {
        let c = scalars[i]
        column += 1
        let isBreak = c == "\n" || c == "\r"
        let crlf = c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
        switch state {
        case .fieldStart, .unquoted:
            if state == .fieldStart, fields.isEmpty, field.isEmpty { recordLine = line }
            if c == "\"" {
                guard state == .fieldStart else {
                    throw CSVSyntaxError(
                        line: line, column: column,
                        reason: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                state = .quoted
                quoteOpened = (line, column)
            } else if c == delimiter {
                endField()
                state = .fieldStart
            } else if isBreak {
                endRecord()
                state = .fieldStart
            } else {
                field.append(c)
                state = .unquoted
            }
        case .quoted:
            if c == "\"" { state = .quoteInQuoted } else { field.append(c) }
            if crlf { field.append("\n"); i += 1 }
        case .quoteInQuoted:
            if c == "\"" {
                field.append("\"")
                state = .quoted
            } else if c == delimiter {
                endField()
                state = .fieldStart
            } else if isBreak {
                endRecord()
                state = .fieldStart
            } else {
                throw CSVSyntaxError(
                    line: line, column: column,
                    reason: "text after a closing quote; a quoted field must end at a delimiter or line end")
            }
        }
        if isBreak {
            if crlf, state == .fieldStart { i += 1 }
            line += 1
            column = 0
        }
        i += 1
    }
    switch state {
    case .quoted:
        throw CSVSyntaxError(
            line: quoteOpened.line, column: quoteOpened.column,
            reason: "a quoted field opened here is never closed")
    case .unquoted, .quoteInQuoted:
        endRecord()
    case .fieldStart:
        if !fields.isEmpty { endRecord() }
    }
    return records
}

/// The delimiter of CSV `text`, guessed from its first line (its header): of comma,
/// semicolon and tab, the one that occurs most often outside quotes; a comma when none
/// does, or on a tie with it.
///
/// - Complexity: O(k) for a first line of k characters.
public func sniffedDelimiter(_ text: String) -> Unicode.Scalar {
    var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for c in text.unicodeScalars {
        if c == "\"" { quoted.toggle() }
        if quoted { continue }
        if c == "\n" || c == "\r" { break }
        if counts[c] != nil { counts[c, default: 0] += 1 }
    }
    let comma = counts[","] ?? 0
    let candidates: [Unicode.Scalar] = [";", "\t"]
    let best = candidates.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
    return (counts[best] ?? 0) > comma ? best : ","
}
