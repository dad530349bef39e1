/// Runs `body` with five arrays' mutable buffers, one nested closure each, so a walk over
/// several columns reads as one loop.
func withBuffers<A, B, C, D, E>(
    _ a: inout [A], _ b: inout [B], _ c: inout [C], _ d: inout [D], _ e: inout [E],
    _ body: (UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>, UnsafeMutableBufferPointer<C>,
             UnsafeMutableBufferPointer<D>, UnsafeMutableBufferPointer<E>) -> Void
) {
    a.withUnsafeMutableBufferPointer { a in
        b.withUnsafeMutableBufferPointer { b in
            c.withUnsafeMutableBufferPointer { c in
                d.withUnsafeMutableBufferPointer { d in
                    e.withUnsafeMutableBufferPointer { e in body(a, b, c, d, e) }
                }
            }
        }
    }
}
