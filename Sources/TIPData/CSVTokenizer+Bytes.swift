/// ``tokenizeCSV(_:delimiter:)`` on UTF-8 bytes with an ASCII delimiter: the same records
/// and errors as the scalar reader, with an unquoted field made into a `String` from its
/// bytes at once, and a column counted (in Unicode scalars, from the line's start) only
/// when an error needs it.
///
/// - Complexity: O(n) in the number of bytes.
func tokenizeCSVBytes(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) throws(CSVSyntaxError) -> [CSVRecord] {
    let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
    var records: [CSVRecord] = []
    var fields: [String] = []
    var quotedField: [UInt8] = []
    var i = 0
    // A UTF-8 byte order mark is not part of the first field.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    var line = 1, lineStart = i
    var recordLine = 1
    var quoteOpened = (line: 1, offset: i, lineStart: i)

    /// The 1-based column, in scalars, of the byte at `offset` on the line that starts at `from`.
    func column(_ offset: Int, from: Int) -> Int {
        var n = 0
        for k in from...offset where bytes[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }
    func endRecord() {
        if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(fields: fields, line: recordLine)) }
        fields = []
    }
    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
    while i <= bytes.count {
        // At the start of a field.
        if fields.isEmpty { recordLine = line }
        guard i < bytes.count else {
            // The end of the text right after a delimiter ends the record with an empty field.
            if !fields.isEmpty { fields.append(""); endRecord() }
            break
        }
        if bytes[i] == quote {
            quoteOpened = (line, i, lineStart)
            quotedField.removeAll(keepingCapacity: true)
            i += 1
            while true {
                guard i < bytes.count else {
                    throw CSVSyntaxError(
                        line: quoteOpened.line, column: column(quoteOpened.offset, from: quoteOpened.lineStart),
                        reason: "a quoted field opened here is never closed")
                }
                let b = bytes[i]
                if b == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote {
                        quotedField.append(quote)
                        i += 2
                        continue
                    }
                    i += 1
                    break
                }
                quotedField.append(b)
                if b == lf || b == cr {
                    if b == cr, i + 1 < bytes.count, bytes[i + 1] == lf {
                        quotedField.append(lf)
                        i += 1
                    }
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            fields.append(String(decoding: quotedField, as: UTF8.self))
            // After the closing quote: a delimiter, a line end or the end of the text.
            guard i < bytes.count else {
                endRecord()
                break
            }
            let b = bytes[i]
            if b == delimiter {
                i += 1
                if i == bytes.count { fields.append(""); endRecord() }
                continue
            }
            guard b == lf || b == cr else {
                throw CSVSyntaxError(
                    line: line, column: column(i, from: lineStart),
                    reason: "text after a closing quote; a quoted field must end at a delimiter or line end")
            }
            endRecord()
            i += (b == cr && i + 1 < bytes.count && bytes[i + 1] == lf) ? 2 : 1
            line += 1
            lineStart = i
            continue
        }
        // An unquoted field: up to a delimiter, a line end or the end of the text.
        var j = i
        while j < bytes.count {
            let b = bytes[j]
            if b == delimiter || b == lf || b == cr { break }
            if b == quote {
                throw CSVSyntaxError(
                    line: line, column: column(j, from: lineStart),
                    reason: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
            }
            j += 1
        }
        fields.append(string(i, j))
        guard j < bytes.count else {
            endRecord()
            break
        }
        let b = bytes[j]
        if b == delimiter {
            i = j + 1
            if i == bytes.count { fields.append(""); endRecord() }
            continue
        }
        endRecord()
        i = j + ((b == cr && j + 1 < bytes.count && bytes[j + 1] == lf) ? 2 : 1)
        line += 1
        lineStart = i
    }
    return records
}
