// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// The reading view of a paper's explainer: a centred column of typeset Markdown with a table
// of contents beside it. Needs registerExplainerTypes() and the "math" image provider
// (addMathImageProvider()) on the engine.
import QtQuick
import PaperLab.Shell 1.0

FocusScope {
    id: page

    /// The explainer Markdown (PaperPlugin::explainerUrl()).
    property url source
    /// The id of the paper shown, so that paper:<own id>#x links scroll instead of navigating.
    property string paperId
    /// Colours and scale: window, surface, raised, text, mutedText, accent, link, grid, focus,
    /// fontScale (resources/themes/*.json); error is optional.
    property var theme: ({
        window: "#f6f7f9", surface: "#ffffff", raised: "#eef1f5", text: "#1b1f24",
        mutedText: "#5a6270", accent: "#2563c9", link: "#1f5fbf", grid: "#e3e6eb",
        focus: "#9a5b00", error: "#c62828", fontScale: 1.0
    })
    /// Show the table of contents when there is room for it.
    property bool tocVisible: tocAllowed && width >= 900 && doc.toc.length > 1
    /// False hides the table of contents whatever the width (the kiosk's playlist navigates).
    property bool tocAllowed: true

    /// Reading position: save contentY (or currentAnchor) and restore it with
    /// restoreReadingPosition() / scrollToAnchor() once `ready` is true.
    property alias contentY: flick.contentY
    readonly property alias contentHeight: flick.contentHeight
    readonly property string currentAnchor: d.currentAnchor
    readonly property bool ready: doc.status === ExplainerDocument.Ready
    readonly property alias document: doc
    /// A reading position (a saved contentY) to restore once the explainer is laid out.
    property real initialContentY: -1
    onInitialContentYChanged: {
        if (initialContentY >= 0)
            restoreReadingPosition(initialContentY)
    }

    /// A link to another paper: [text](paper:<id>) or paper:<id>#<anchor>.
    signal paperLinkActivated(string paperId, string anchor)
    /// A link into this paper's simulator with a named preset: [text](preset:<id>).
    signal presetLinkActivated(string presetId)

    readonly property real bodyPixelSize: Math.round(16 * (Number(theme.fontScale) || 1))
    /// Live figures may break out of the text column up to this width (charts need room).
    readonly property real figureWidth: Math.max(column.width,
                                                 Math.min(flick.width - 2 * d.margin,
                                                          Math.round(d.measure * 1.35)))
    readonly property font bodyFont: Qt.font({ family: Qt.application.font.family,
                                               pixelSize: bodyPixelSize })

    function themeColor(key, fallback) {
        const value = theme ? theme[key] : undefined
        return value !== undefined && value !== null && String(value) !== "" ? value : fallback
    }

    function scrollToAnchor(anchor, animated) {
        const row = doc.indexOfAnchor(anchor)
        if (row < 0) {
            if (anchor === "" || anchor === undefined)
                d.scrollTo(0, animated !== false)
            return row >= 0
        }
        const item = blocks.itemAt(row)
        if (item) {
            // The jump's target stays the current section even where the end of the page
            // stops the scroll short of it.
            d.jumpY = d.scrollTo(column.y + item.y + item.anchorOffset - 12, animated !== false)
            d.jumpAnchor = doc.toc.some((e) => e.anchor === anchor) ? anchor : ""
            d.updateAnchor()
        }
        return true
    }

    /// Scrolls just enough to show `item` (a block), e.g. when a link in it gets focus.
    function ensureVisible(item) {
        const top = column.y + item.y
        const bottom = top + item.height
        // Measure against where a running scroll is heading, not where it is now.
        const y = scrollAnimation.running ? scrollAnimation.to : flick.contentY
        if (top < y)
            d.scrollTo(top - bodyPixelSize, true)
        else if (bottom > y + flick.height)
            d.scrollTo(Math.min(top - bodyPixelSize, bottom - flick.height + bodyPixelSize), true)
    }

    /// Jumps (without animation) to a section once the explainer is laid out, as the kiosk's
    /// playlist steps do. Returns false when the explainer has no such section.
    function showSection(anchor) {
        if (doc.indexOfAnchor(anchor) < 0)
            return false
        d.pendingY = -1 // the section wins over a reading position still to be restored
        d.pendingAnchor = anchor
        Qt.callLater(d.applyPendingAnchor)
        return true
    }

    function restoreReadingPosition(y) {
        d.pendingY = y
        Qt.callLater(d.applyPendingY)
    }

    function activateLink(link) {
        if (link.startsWith("#")) {
            scrollToAnchor(link.substring(1))
        } else if (link.startsWith("preset:")) {
            presetLinkActivated(link.substring(7))
        } else if (link.startsWith("paper:")) {
            const rest = link.substring(6)
            const hash = rest.indexOf("#")
            const id = hash < 0 ? rest : rest.substring(0, hash)
            const anchor = hash < 0 ? "" : rest.substring(hash + 1)
            if (id === paperId && id !== "")
                scrollToAnchor(anchor)
            else
                paperLinkActivated(id, anchor)
        } else {
            Qt.openUrlExternally(doc.resolvedUrl(link))
        }
    }

    // A new explainer starts at its top (unless a saved position is about to be restored).
    onSourceChanged: {
        scrollAnimation.stop()
        d.jumpAnchor = ""
        flick.contentY = 0
    }

    Accessible.role: Accessible.Document
    Accessible.name: doc.title !== "" ? doc.title : qsTr("Explainer")

    ExplainerDocument {
        id: doc
        source: page.source
        theme: page.theme
        font: page.bodyFont
        devicePixelRatio: Screen.devicePixelRatio > 0 ? Screen.devicePixelRatio : 1
    }

    Connections {
        target: doc
        function onContentChanged() {
            Qt.callLater(d.updateAnchor)
        }
    }
    Component.onCompleted: Qt.callLater(d.updateAnchor)

    FontMetrics {
        id: bodyMetrics
        font: page.bodyFont
    }

    QtObject {
        id: d
        property string currentAnchor: ""
        property real pendingY: -1
        property string pendingAnchor: ""
        // The block at the top of the view and how far into it, kept so that a reflow
        // (window resize, theme font scale) does not lose the reader's place.
        property int topRow: 0
        property real topFraction: -1
        property bool restoring: false
        // ~75 characters per line.
        readonly property real measure: Math.round(bodyMetrics.averageCharacterWidth * 75)
        readonly property real margin: Math.max(16, Math.round(page.bodyPixelSize * 1.5))

        function maxY() {
            return Math.max(0, flick.contentHeight - flick.height)
        }

        property string jumpAnchor: ""
        property real jumpY: -1

        function scrollTo(y, animated) {
            const target = Math.max(0, Math.min(y, maxY()))
            jumpAnchor = ""
            scrollAnimation.stop()
            if (animated) {
                scrollAnimation.to = target
                scrollAnimation.start()
            } else {
                flick.contentY = target
            }
            return target
        }

        function applyPendingAnchor() {
            // Heading positions are only right once the view has its size and the column
            // has placed its blocks; height and content changes bring us back here.
            if (pendingAnchor === "" || blocks.count === 0 || flick.height <= 0)
                return
            column.forceLayout()
            page.scrollToAnchor(pendingAnchor, false)
            pendingAnchor = ""
        }

        function applyPendingY() {
            // Wait until the blocks exist; contentHeight changes bring us back here.
            if (pendingY < 0 || doc.status !== ExplainerDocument.Ready || blocks.count === 0)
                return
            flick.contentY = Math.max(0, Math.min(pendingY, maxY()))
            pendingY = -1
        }

        function rowAt(y) {
            // Blocks are in order, so a binary search over their y finds the top row.
            let lo = 0
            let hi = blocks.count - 1
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1
                const item = blocks.itemAt(mid)
                if (item && column.y + item.y <= y)
                    lo = mid
                else
                    hi = mid - 1
            }
            return lo
        }

        function track() {
            if (restoring || blocks.count === 0)
                return
            const y = flick.contentY
            topRow = rowAt(y)
            const item = blocks.itemAt(topRow)
            // Above the first block (the top margin) there is nothing to keep: -1.
            topFraction = item && item.height > 0 && y >= column.y + item.y
                ? (y - column.y - item.y) / item.height : -1
            updateAnchor()
        }

        function updateAnchor() {
            if (jumpAnchor !== "") {
                if (scrollAnimation.running || Math.abs(flick.contentY - jumpY) < 2) {
                    currentAnchor = jumpAnchor
                    return
                }
                jumpAnchor = ""
            }
            const toc = doc.toc
            let anchor = toc.length > 0 ? toc[0].anchor : ""
            // At the very end the last sections may never reach the top of the view; then
            // the last heading in view is the current one.
            const atEnd = flick.contentY >= maxY() - 1 && maxY() > 0
            const line = atEnd ? flick.contentY + flick.height - page.bodyPixelSize * 2
                               : flick.contentY + page.bodyPixelSize * 3
            for (let i = 0; i < toc.length; ++i) {
                const item = blocks.itemAt(toc[i].index)
                if (item && column.y + item.y + item.anchorOffset <= line)
                    anchor = toc[i].anchor
            }
            currentAnchor = anchor
        }

        function keepPlace() {
            const item = blocks.itemAt(topRow)
            if (!item || topFraction < 0)
                return
            restoring = true
            flick.contentY = Math.max(0, Math.min(column.y + item.y + topFraction * item.height,
                                                  maxY()))
            restoring = false
            updateAnchor()
        }
    }

    Rectangle {
        anchors.fill: parent
        color: page.themeColor("window", "#f6f7f9")
    }

    ExplainerToc {
        id: toc
        visible: page.tocVisible
        width: visible ? Math.min(280, Math.max(200, page.width * 0.22)) : 0
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        explainer: page
        entries: doc.toc
        currentAnchor: d.currentAnchor
        onAnchorActivated: (anchor) => page.scrollToAnchor(anchor)
    }

    Item {
        id: reader
        objectName: "reader"
        anchors { left: toc.right; right: parent.right; top: parent.top; bottom: parent.bottom }
        activeFocusOnTab: true
        focus: true
        clip: true

        // The focus ring shows only when focus came from the keyboard, not from a click.
        property bool keyboardFocus: false
        property bool mouseFocus: true
        onActiveFocusChanged: {
            keyboardFocus = activeFocus && !mouseFocus
            mouseFocus = false
        }

        Accessible.role: Accessible.Pane
        Accessible.name: qsTr("Explainer text")
        Accessible.description: qsTr("Page Up and Page Down scroll; Tab moves through links")

        Keys.onPressed: (event) => {
            const pageStep = Math.max(40, flick.height - page.bodyPixelSize * 3)
            let y = -1
            switch (event.key) {
            case Qt.Key_PageDown:
            case Qt.Key_Space:
                y = flick.contentY + (event.modifiers & Qt.ShiftModifier ? -pageStep : pageStep)
                break
            case Qt.Key_PageUp:
                y = flick.contentY - pageStep
                break
            case Qt.Key_Down:
                y = flick.contentY + page.bodyPixelSize * 3
                break
            case Qt.Key_Up:
                y = flick.contentY - page.bodyPixelSize * 3
                break
            case Qt.Key_Home:
                y = 0
                break
            case Qt.Key_End:
                y = d.maxY()
                break
            default:
                return
            }
            reader.keyboardFocus = true
            d.scrollTo(y, event.key === Qt.Key_Home || event.key === Qt.Key_End)
            event.accepted = true
        }

        Flickable {
            id: flick
            anchors.fill: parent
            contentWidth: width
            contentHeight: column.y + column.height + d.margin * 3
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            onContentYChanged: d.track()
            onHeightChanged: {
                if (d.pendingAnchor !== "")
                    Qt.callLater(d.applyPendingAnchor)
            }
            onContentHeightChanged: {
                if (d.pendingAnchor !== "")
                    Qt.callLater(d.applyPendingAnchor)
                if (d.pendingY >= 0)
                    Qt.callLater(d.applyPendingY)
            }

            NumberAnimation {
                id: scrollAnimation
                target: flick
                property: "contentY"
                duration: 220
                easing.type: Easing.OutCubic
            }

            TapHandler {
                // Clicking the text gives the reader keyboard focus for PageUp/PageDown
                // without drawing the keyboard focus ring.
                onTapped: {
                    reader.mouseFocus = !reader.activeFocus
                    reader.forceActiveFocus()
                }
            }

            Column {
                id: column
                y: Math.round(d.margin * 1.5)
                x: Math.round((flick.width - width) / 2)
                width: Math.max(120, Math.min(d.measure, flick.width - 2 * d.margin))
                onWidthChanged: Qt.callLater(d.keepPlace)

                Repeater {
                    id: blocks
                    model: doc
                    onCountChanged: Qt.callLater(d.updateAnchor)
                    delegate: ExplainerBlock {
                        width: column.width
                        explainer: page
                        block: model
                        row: index
                    }
                }
            }
        }

        // A thin scroll indicator; the wheel, keys and dragging do the scrolling.
        Rectangle {
            visible: flick.contentHeight > flick.height
            anchors.right: parent.right
            anchors.rightMargin: 3
            width: 4
            radius: 2
            color: page.themeColor("mutedText", "#5a6270")
            opacity: flick.moving || scrollAnimation.running ? 0.7 : 0.35
            y: flick.visibleArea.yPosition * flick.height
            height: Math.max(24, flick.visibleArea.heightRatio * flick.height)
            Behavior on opacity { NumberAnimation { duration: 200 } }
        }

        Rectangle {
            anchors.fill: parent
            color: "transparent"
            border.width: 2
            border.color: page.themeColor("focus", "#9a5b00")
            radius: 4
            visible: reader.activeFocus && reader.keyboardFocus
        }
    }

    Text {
        anchors.centerIn: reader
        visible: doc.status === ExplainerDocument.Error
        color: page.themeColor("error", "#c62828")
        font: page.bodyFont
        text: qsTr("The explainer could not be read.")
    }
}
