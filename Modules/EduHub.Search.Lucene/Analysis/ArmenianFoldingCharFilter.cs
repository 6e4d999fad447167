using Lucene.Net.Analysis.CharFilters;

namespace EduHub.Search.Lucene.Analysis;

/// <summary>
/// Applies <see cref="ArmenianCharMap"/>'s mapping with the same output and the same offset corrections as
/// Lucene's <see cref="MappingCharFilter"/> over that map (greedy: «եւ» is one match), without its cost:
/// Lucene.NET's MappingCharFilter wraps every reader in an 8,192-character buffer, about 18 KB allocated per token
/// stream. Every analysed field, query word and highlight window opens one, so at query time that buffer was
/// most of the garbage a search made. The mapping is fixed and needs one character of look-ahead («ե» + «ւ»),
/// so this filter reads its input one character at a time and keeps at most one pending output character.
/// </summary>
internal sealed class ArmenianFoldingCharFilter(TextReader input) : BaseCharFilter(input)
{
    private const int None = -2;

    private int _lookahead = None;
    private int _pending = None;
    private int _inputOffset;

    public override int Read()
    {
        if (_pending != None)
        {
            var pending = _pending;
            _pending = None;
            return pending;
        }

        while (true)
        {
            var c = NextInput();
            if (c < 0)
            {
                return -1;
            }

            _inputOffset++;
            switch (c)
            {
                case 'ե' or 'Ե':
                    _lookahead = m_input.Read();
                    if (_lookahead is 'ւ' or 'Ւ')
                    {
                        // Two characters for two: no offset correction.
                        _lookahead = None;
                        _inputOffset++;
                        _pending = 'վ';
                    }

                    return c;
                case '\u0587':
                    return Expand('ե', 'վ');
                case '\uFB13':
                    return Expand('մ', 'ն');
                case '\uFB14':
                    return Expand('մ', 'ե');
                case '\uFB15':
                    return Expand('մ', 'ի');
                case '\uFB16':
                    return Expand('վ', 'ն');
                case '\uFB17':
                    return Expand('մ', 'խ');
                case '\u055B' or '\u055C' or '\u055E' or '\u055F':
                    // Removed: later offsets point one input character further (MappingCharFilter's rule for a shorter replacement).
                    var removed = LastCumulativeDiff;
                    AddOffCorrectMap(_inputOffset - 1 - removed, removed + 1);
                    continue;
                default:
                    return c;
            }
        }
    }

    public override int Read(char[] buffer, int index, int count)
    {
        // MappingCharFilter's contract, which Lucene.NET's tokenizers are written against: -1 (not 0) at the end.
        var read = 0;
        for (var i = index; i < index + count; i++)
        {
            var c = Read();
            if (c < 0)
            {
                break;
            }

            buffer[i] = (char)c;
            read++;
        }

        return read == 0 ? -1 : read;
    }

    private int NextInput()
    {
        if (_lookahead == None)
        {
            return m_input.Read();
        }

        var c = _lookahead;
        _lookahead = None;
        return c;
    }

    /// <summary>One input character becomes two: the second maps back to the same input offset (MappingCharFilter's rule for a longer replacement).</summary>
    private char Expand(char first, char second)
    {
        var previous = LastCumulativeDiff;
        AddOffCorrectMap(_inputOffset - previous, previous - 1);
        _pending = second;
        return first;
    }
}
