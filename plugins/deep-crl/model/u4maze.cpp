// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "u4maze.h"

#include <deque>
#include <stdexcept>

namespace paperlab::papers::deepcrl {

namespace {

// U4_MAZE of the authors' envs/ant_maze.py: 1 is a wall; the start and goal markers of the
// original are free cells here (the start is (2,1), the goals come from U4_MAZE_EVAL).
constexpr int kLayout[U4Maze::kCellRows][U4Maze::kCellCols] = {
    {1, 1, 1, 1, 1},
    {1, 0, 0, 0, 1},
    {1, 0, 1, 0, 1},
    {1, 1, 1, 0, 1},
    {1, 0, 1, 0, 1},
    {1, 0, 0, 0, 1},
    {1, 1, 1, 1, 1},
};

constexpr int kRowStep[kActionCount] = {-1, 1, 0, 0};
constexpr int kColStep[kActionCount] = {0, 0, -1, 1};

} // namespace

U4Maze::U4Maze(int resolution) : m_resolution(resolution)
{
    if (resolution < 1)
        throw std::invalid_argument("U4Maze: resolution must be at least 1");
    m_index.assign(size_t(rows() * cols()), -1);
    for (int r = 0; r < rows(); ++r) {
        for (int c = 0; c < cols(); ++c) {
            if (!cellFree(r / resolution, c / resolution))
                continue;
            m_index[size_t(r * cols() + c)] = int(m_rowOf.size());
            m_rowOf.push_back(r);
            m_colOf.push_back(c);
        }
    }
}

bool U4Maze::cellFree(int row, int col)
{
    return row >= 0 && row < kCellRows && col >= 0 && col < kCellCols && kLayout[row][col] == 0;
}

int U4Maze::stateAt(int row, int col) const
{
    if (row < 0 || row >= rows() || col < 0 || col >= cols())
        return -1;
    return m_index[size_t(row * cols() + col)];
}

int U4Maze::centreOf(Cell cell) const
{
    const int half = m_resolution / 2;
    return stateAt(cell.row * m_resolution + half, cell.col * m_resolution + half);
}

int U4Maze::next(int state, int action) const
{
    const int to = stateAt(rowOf(state) + kRowStep[action], colOf(state) + kColStep[action]);
    return to < 0 ? state : to;
}

std::vector<int> U4Maze::distancesTo(int goal) const
{
    // Moves are reversible, so distances from the goal are distances to it.
    std::vector<int> dist(size_t(stateCount()), -1);
    std::deque<int> queue{goal};
    dist[size_t(goal)] = 0;
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop_front();
        for (int a = 0; a < kActionCount; ++a) {
            const int t = next(s, a);
            if (dist[size_t(t)] < 0) {
                dist[size_t(t)] = dist[size_t(s)] + 1;
                queue.push_back(t);
            }
        }
    }
    return dist;
}

bool U4Maze::isOptimal(const std::vector<int> &distances, int state, int action) const
{
    const int d = distances[size_t(state)];
    return d > 0 && distances[size_t(next(state, action))] == d - 1;
}

std::array<double, 2> U4Maze::position(int state) const
{
    return {2.0 * (rowOf(state) + 0.5) / rows() - 1.0, 2.0 * (colOf(state) + 0.5) / cols() - 1.0};
}

} // namespace paperlab::papers::deepcrl
