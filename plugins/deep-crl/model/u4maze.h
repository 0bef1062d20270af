// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace paperlab::papers::deepcrl {

/// The four moves; a move into a wall leaves the agent where it is (sheet §7.1).
enum Action : int { Up = 0, Down = 1, Left = 2, Right = 3 };
inline constexpr int kActionCount = 4;

/// A cell of the authors' U4 maze, (row, col) in the 7 x 5 layout of envs/ant_maze.py.
struct Cell
{
    int row = 0;
    int col = 0;
};

/// The U4 maze (arXiv 2503.14858, code envs/ant_maze.py::U4_MAZE) with every free cell split
/// into resolution x resolution sub-cells: resolution 3 gives the 99 states of the sheet's
/// §7.1, resolution 1 the 11 free cells themselves. States are numbered row-major.
class U4Maze
{
public:
    static constexpr int kCellRows = 7;
    static constexpr int kCellCols = 5;

    explicit U4Maze(int resolution = 3);

    int resolution() const { return m_resolution; }
    int rows() const { return kCellRows * m_resolution; }
    int cols() const { return kCellCols * m_resolution; }
    int stateCount() const { return int(m_rowOf.size()); }

    /// Whether the big cell (row, col) is free in the authors' layout.
    static bool cellFree(int row, int col);
    /// The start cell (2,1) and the four evaluation goals of U4_MAZE_EVAL.
    static Cell startCell() { return {2, 1}; }
    static std::array<Cell, 4> evalGoalCells() { return {{{4, 1}, {5, 1}, {5, 2}, {5, 3}}}; }

    /// State at sub-cell (row, col), or -1 for a wall or outside.
    int stateAt(int row, int col) const;
    int rowOf(int state) const { return m_rowOf[size_t(state)]; }
    int colOf(int state) const { return m_colOf[size_t(state)]; }
    /// The centre sub-cell of a big cell (the goal and start convention of §7.2).
    int centreOf(Cell cell) const;

    /// The state after @p action; the same state if the move hits a wall.
    int next(int state, int action) const;

    /// Breadth-first-search move counts from every state to @p goal (-1 if unreachable).
    std::vector<int> distancesTo(int goal) const;

    /// Whether @p action is geodesically optimal in @p state: it reduces the BFS distance to
    /// the goal by one (sheet §7.2). @p distances comes from distancesTo(goal).
    bool isOptimal(const std::vector<int> &distances, int state, int action) const;

    /// Normalised (row, col) of a state, each in (-1, 1): the sub-cell centre scaled by the
    /// grid size. The encoders' position input.
    std::array<double, 2> position(int state) const;

private:
    int m_resolution;
    std::vector<int> m_index; // rows() x cols(), -1 for walls
    std::vector<int> m_rowOf;
    std::vector<int> m_colOf;
};

} // namespace paperlab::papers::deepcrl
