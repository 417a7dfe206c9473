/// Orders formulas so that each comes after the formulas it reads: the strongly
/// connected components of the dependency graph (Tarjan's algorithm, iterative so
/// that a long chain of formulas cannot overflow the stack), precedents first.
/// A component of more than one formula, or of one that reads itself, is a cycle.
enum FormulaDependencyOrder {
    /// `edges[i]` are the formulas formula `i` reads. Returns the components in evaluation order.
    static func components(edges: [[Int32]]) -> [[Int32]] {
        let count = edges.count
        var index = [Int32](repeating: -1, count: count)
        var lowLink = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int32] = []
        var out: [[Int32]] = []
        var next: Int32 = 0
        // The depth-first walk: a node and the position of the next edge to follow.
        var walk: [(node: Int32, edge: Int)] = []

        for root in 0..<count where index[root] < 0 {
            walk.append((Int32(root), 0))
            index[root] = next
            lowLink[root] = next
            next += 1
            stack.append(Int32(root))
            onStack[root] = true
            while let top = walk.last {
                let v = Int(top.node)
                if top.edge < edges[v].count {
                    walk[walk.count - 1].edge += 1
                    let w = Int(edges[v][top.edge])
                    if index[w] < 0 {
                        index[w] = next
                        lowLink[w] = next
                        next += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        walk.append((Int32(w), 0))
                    } else if onStack[w] {
                        lowLink[v] = min(lowLink[v], index[w])
                    }
                    continue
                }
                walk.removeLast()
                if let parent = walk.last {
                    lowLink[Int(parent.node)] = min(lowLink[Int(parent.node)], lowLink[v])
                }
                if lowLink[v] == index[v] {
                    var component: [Int32] = []
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component.append(w)
                        if Int(w) == v { break }
                    }
                    out.append(component)
                }
            }
        }
        return out
    }
}
