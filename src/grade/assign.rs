//! The one-to-one assignment that gives the most credit (a maximum-weight bipartite
//! matching), by the Hungarian method on each group of spans that overlap one another.
//!
//! Greedy "best overlap first" is not enough: a wrong-tag neighbour can take the key
//! passage that a same-tag highlight would have earned partial credit on, and a partial
//! match can take the student span a second key passage needed whole. The groups are
//! small (spans overlap only their neighbours), so the cubic method costs nothing.

/// Pairs `(left, right)` maximising the sum of the chosen edges' weights, each node used
/// at most once. `edges` are `(left, right, weight)` with positive weights; node ids are
/// `0..lefts` and `0..rights`. Ties are broken towards lower ids, so the result does not
/// depend on the order of `edges`.
pub fn best_assignment(
    lefts: usize,
    rights: usize,
    edges: &[(usize, usize, f64)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (left_nodes, right_nodes) in components(lefts, rights, edges) {
        let n = left_nodes.len().max(right_nodes.len());
        // Cost matrix of the component, square (padding has weight 0 = no edge).
        let mut weight = vec![vec![0.0f64; n]; n];
        let row_of = |l: usize| left_nodes.binary_search(&l).ok();
        let col_of = |r: usize| right_nodes.binary_search(&r).ok();
        for &(l, r, w) in edges {
            if let (Some(i), Some(j)) = (row_of(l), col_of(r))
                && w > weight[i][j]
            {
                weight[i][j] = w;
            }
        }
        for (i, j) in hungarian_max(&weight) {
            if weight[i][j] > 0.0 {
                out.push((left_nodes[i], right_nodes[j]));
            }
        }
    }
    out.sort_unstable();
    out
}

/// The connected groups of the graph, as sorted node lists.
fn components(
    lefts: usize,
    rights: usize,
    edges: &[(usize, usize, f64)],
) -> Vec<(Vec<usize>, Vec<usize>)> {
    // Union-find over lefts then rights.
    let mut parent: Vec<usize> = (0..lefts + rights).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(l, r, w) in edges {
        if w > 0.0 && l < lefts && r < rights {
            let a = find(&mut parent, l);
            let b = find(&mut parent, lefts + r);
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (Vec<usize>, Vec<usize>)> =
        std::collections::BTreeMap::new();
    let mut touched = vec![false; lefts + rights];
    for &(l, r, w) in edges {
        if w > 0.0 && l < lefts && r < rights {
            touched[l] = true;
            touched[lefts + r] = true;
        }
    }
    for (node, _) in touched.iter().enumerate().filter(|(_, t)| **t) {
        let root = find(&mut parent, node);
        let group = groups.entry(root).or_default();
        if node < lefts {
            group.0.push(node);
        } else {
            group.1.push(node - lefts);
        }
    }
    groups.into_values().collect()
}

/// The Hungarian method (Jonker–Volgenant shortest augmenting paths) on a square matrix,
/// maximising total weight; returns the (row, column) of every row.
fn hungarian_max(weight: &[Vec<f64>]) -> Vec<(usize, usize)> {
    let n = weight.len();
    if n == 0 {
        return Vec::new();
    }
    let max = weight.iter().flatten().copied().fold(0.0f64, f64::max);
    // Minimise cost = max − weight; 1-based arrays as in the classic formulation.
    let cost = |i: usize, j: usize| max - weight[i - 1][j - 1];
    let mut u = vec![0.0f64; n + 1];
    let mut v = vec![0.0f64; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0usize;
        let mut minv = vec![f64::INFINITY; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0usize;
            for j in 1..=n {
                if used[j] {
                    continue;
                }
                let cur = cost(i0, j) - u[i0] - v[j];
                if cur < minv[j] {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if minv[j] < delta {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=n)
        .filter(|&j| p[j] != 0)
        .map(|j| (p[j] - 1, j - 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(edges: &[(usize, usize, f64)], chosen: &[(usize, usize)]) -> f64 {
        chosen
            .iter()
            .map(|&(l, r)| {
                edges
                    .iter()
                    .filter(|e| e.0 == l && e.1 == r)
                    .map(|e| e.2)
                    .fold(0.0, f64::max)
            })
            .sum()
    }

    #[test]
    fn beats_greedy_on_the_classic_case() {
        // Greedy takes (0,0) = 0.9 and leaves 1 alone; the best is 0.8 + 0.7.
        let edges = [(0, 0, 0.9), (0, 1, 0.8), (1, 0, 0.7)];
        let chosen = best_assignment(2, 2, &edges);
        assert_eq!(chosen, vec![(0, 1), (1, 0)]);
        assert!((total(&edges, &chosen) - 1.5).abs() < 1e-12);
    }

    #[test]
    fn separate_groups_and_rectangular_shapes() {
        let edges = [(0, 0, 1.0), (1, 0, 0.5), (2, 3, 0.25), (3, 3, 0.3)];
        assert_eq!(best_assignment(4, 4, &edges), vec![(0, 0), (3, 3)]);
        assert!(best_assignment(3, 0, &[]).is_empty());
        assert_eq!(best_assignment(1, 3, &[(0, 2, 0.1)]), vec![(0, 2)]);
    }
}
