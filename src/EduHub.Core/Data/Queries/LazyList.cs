using System.Collections;

namespace EduHub.Core.Data.Queries;

/// <summary>A read-only list whose elements are computed on first access (then kept).</summary>
internal sealed class LazyList<T>(int count, Func<int, T> create) : IReadOnlyList<T>
{
    private readonly T[] _values = new T[count];
    private readonly bool[] _created = new bool[count];

    public int Count => count;

    public T this[int index]
    {
        get
        {
            if (!_created[index])
            {
                _values[index] = create(index);
                _created[index] = true;
            }

            return _values[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
