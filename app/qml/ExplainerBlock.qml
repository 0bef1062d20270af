// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT

// One block of an explainer (a row of ExplainerDocument), drawn according to its kind.
import QtQuick

Item {
    id: root

    property var explainer
    property var block
    property int row: -1
    // Index of the link that has keyboard focus (drawn highlighted), or -1.
    property int focusedLink: -1

    readonly property real unit: explainer.bodyPixelSize
    readonly property var focused: {
        // Reading html and caption makes a theme change re-render the focused variant too.
        const current = [block.html, block.caption]
        return focusedLink >= 0 && current.length > 0
               ? explainer.document.focusedBlock(row, focusedLink) : null
    }
    readonly property string html: focused ? focused.html : block.html
    readonly property string caption: focused ? focused.caption : block.caption
    readonly property color textColor: explainer.themeColor("text", "#1b1f24")
    readonly property color mutedColor: explainer.themeColor("mutedText", "#5a6270")
    readonly property color errorColor: explainer.themeColor("error", "#c62828")
    // Where a jump to this block should put the top of the view.
    readonly property real anchorOffset: spaceAbove * 0.4

    // Vertical rhythm: more space above a heading than below it, one line between blocks.
    readonly property real spaceAbove: {
        if (row === 0)
            return 0
        if (block.kind === "heading")
            return unit * (block.level <= 1 ? 2.2 : block.level === 2 ? 2.0 : 1.5)
        if (block.previousKind === "heading")
            return unit * 0.55
        if (block.kind === "equation" || block.previousKind === "equation")
            return unit * 0.75
        return unit * 0.95
    }

    height: Math.ceil(spaceAbove + content.height)

    Loader {
        id: content
        y: root.spaceAbove
        width: root.width
        sourceComponent: {
            switch (root.block.kind) {
            case "heading": return headingComponent
            case "equation": return equationComponent
            case "code": return codeComponent
            case "table": return tableComponent
            case "image": return imageComponent
            case "figure": return figureComponent
            case "quote": return quoteComponent
            case "rule": return ruleComponent
            default: return textComponent
            }
        }
    }

    // One invisible, focusable stand-in per link: Tab walks the links in reading order, the
    // block redraws the focused one highlighted, and Enter or Space follows it.
    Repeater {
        model: root.block.links
        delegate: Item {
            required property var modelData
            required property int index
            width: 1
            height: 1
            activeFocusOnTab: true
            Accessible.role: Accessible.Link
            Accessible.name: modelData.text
            onActiveFocusChanged: {
                if (activeFocus) {
                    root.focusedLink = index
                    root.explainer.ensureVisible(root)
                } else if (root.focusedLink === index) {
                    root.focusedLink = -1
                }
            }
            Keys.onReturnPressed: root.explainer.activateLink(modelData.target)
            Keys.onEnterPressed: root.explainer.activateLink(modelData.target)
            Keys.onSpacePressed: root.explainer.activateLink(modelData.target)
        }
    }

    component RichBody: Text {
        width: parent ? parent.width : 0
        wrapMode: Text.Wrap
        textFormat: Text.RichText
        color: root.textColor
        font.family: root.explainer.bodyFont.family
        font.pixelSize: root.unit
        lineHeight: 1.3
        // Equations are rendered at device resolution; nearest sampling keeps them sharp when
        // the text layout puts them at a fractional x.
        smooth: false
        onLinkActivated: (link) => root.explainer.activateLink(link)
        HoverHandler {
            cursorShape: parent.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
    }

    component Caption: RichBody {
        horizontalAlignment: Text.AlignHCenter
        color: root.mutedColor
        font.pixelSize: Math.round(root.unit * root.explainer.document.captionScale)
        lineHeight: 1.2
        text: root.caption
        visible: text !== ""
        Accessible.role: Accessible.StaticText
        Accessible.name: root.block.accessibleText
    }

    Component {
        id: headingComponent
        RichBody {
            text: root.html
            font.pixelSize: Math.round(root.unit
                                       * root.explainer.document.headingScale(root.block.level))
            font.weight: root.block.level <= 1 ? Font.Bold : Font.DemiBold
            lineHeight: 1.1
            Accessible.role: Accessible.Heading
            Accessible.name: root.block.accessibleText
        }
    }

    Component {
        id: textComponent
        RichBody {
            text: root.html
            Accessible.role: Accessible.Paragraph
            Accessible.name: root.block.accessibleText
        }
    }

    Component {
        id: quoteComponent
        Item {
            height: quoteText.height
            Rectangle {
                width: 3
                height: parent.height
                radius: 1.5
                color: root.explainer.themeColor("accent", "#2563c9")
            }
            RichBody {
                id: quoteText
                x: root.unit
                width: parent.width - x
                text: root.html
                Accessible.role: Accessible.Paragraph
                Accessible.name: root.block.accessibleText
            }
        }
    }

    Component {
        id: tableComponent
        Flickable {
            // Wide tables scroll sideways instead of squeezing the columns unreadably.
            height: table.height
            contentWidth: Math.max(width, table.contentWidth)
            contentHeight: table.height
            flickableDirection: Flickable.HorizontalFlick
            interactive: contentWidth > width + 1
            clip: interactive
            RichBody {
                id: table
                width: root.width
                text: root.html
                lineHeight: 1.15
                Accessible.role: Accessible.Table
                Accessible.name: root.block.accessibleText
            }
        }
    }

    Component {
        id: equationComponent
        Item {
            height: root.block.missing ? missing.height : equation.height
            Image {
                id: equation
                visible: !root.block.missing
                anchors.horizontalCenter: parent.horizontalCenter
                // Too wide for the column: shrink rather than clip.
                width: Math.min(root.block.imageWidth, parent.width)
                height: root.block.imageWidth > 0
                        ? root.block.imageHeight * width / root.block.imageWidth : 0
                source: root.block.missing ? "" : root.block.imageUrl
                fillMode: Image.PreserveAspectFit
                smooth: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Equation: %1").arg(root.block.alt)
            }
            RichBody {
                id: missing
                visible: root.block.missing
                horizontalAlignment: Text.AlignHCenter
                text: root.block.missing ? root.html : ""
            }
        }
    }

    Component {
        id: codeComponent
        Rectangle {
            height: codeText.height + 2 * pad + label.height
            radius: 6
            color: root.explainer.themeColor("raised", "#eef1f5")
            border.color: root.explainer.themeColor("grid", "#e3e6eb")
            readonly property real pad: Math.round(root.unit * 0.75)
            Accessible.role: Accessible.StaticText
            Accessible.name: root.block.accessibleText
            Accessible.description: root.block.code

            Row {
                id: label
                anchors { right: parent.right; top: parent.top; rightMargin: parent.pad
                          topMargin: Math.round(parent.pad * 0.5) }
                spacing: Math.round(root.unit * 0.75)
                Text {
                    visible: root.block.language !== ""
                    text: root.block.language
                    color: root.mutedColor
                    font.family: root.explainer.bodyFont.family
                    font.pixelSize: Math.round(root.unit * 0.75)
                    font.letterSpacing: 0.5
                }
                Text {
                    id: copyButton
                    objectName: "copyCode"
                    property bool copied: false
                    text: copied ? qsTr("Copied") : qsTr("Copy")
                    color: root.explainer.themeColor("link", "#1f5fbf")
                    font.family: root.explainer.bodyFont.family
                    font.pixelSize: Math.round(root.unit * 0.75)
                    font.underline: copyMouse.containsMouse
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Copy the code")
                    Accessible.onPressAction: copy()
                    function copy() {
                        root.explainer.document.copyToClipboard(root.block.code)
                        copied = true
                    }
                    MouseArea {
                        id: copyMouse
                        anchors.fill: parent
                        anchors.margins: -4
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: copyButton.copy()
                    }
                }
            }
            Text {
                // Wraps at the column's edge (pre-wrap), so nothing is clipped or hidden.
                id: codeText
                x: parent.pad
                y: parent.pad + Math.round(label.height * 0.6)
                width: parent.width - 2 * parent.pad
                textFormat: Text.RichText
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                text: root.block.codeHtml
                color: root.textColor
                font.family: root.explainer.document.monospaceFamily
                font.pixelSize: Math.round(root.unit * 0.85)
            }
        }
    }

    Component {
        id: imageComponent
        Column {
            spacing: Math.round(root.unit * 0.5)
            Rectangle {
                // Figures are usually drawn for paper, so they get a light card in every
                // theme rather than vanishing into a dark background.
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, (image.status === Image.Ready
                                               ? image.sourceSize.width : parent.width)
                                              + 2 * pad)
                height: root.block.missing ? missing.height + 2 * pad
                                           : image.paintedHeight + 2 * pad
                radius: 6
                color: root.block.missing ? "transparent" : "#ffffff"
                border.color: root.explainer.themeColor("grid", "#e3e6eb")
                readonly property real pad: Math.round(root.unit * 0.5)
                Image {
                    id: image
                    x: parent.pad
                    y: parent.pad
                    width: parent.width - 2 * parent.pad
                    height: status === Image.Ready && sourceSize.width > 0
                            ? sourceSize.height * width / sourceSize.width : 0
                    source: root.block.missing ? "" : root.block.imageUrl
                    fillMode: Image.PreserveAspectFit
                    smooth: true
                    mipmap: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: root.block.alt
                }
                Text {
                    id: missing
                    visible: root.block.missing
                    anchors.centerIn: parent
                    color: root.errorColor
                    font: root.explainer.bodyFont
                    text: qsTr("[missing image: %1]").arg(String(root.block.imageUrl))
                }
            }
            Caption {}
        }
    }

    Component {
        id: figureComponent
        Column {
            spacing: Math.round(root.unit * 0.5)
            Rectangle {
                x: Math.round((parent.width - width) / 2)
                width: root.explainer.figureWidth
                height: figure.status === Loader.Ready ? figure.height
                                                       : failed.height + 2 * root.unit
                radius: 6
                color: root.explainer.themeColor("surface", "#ffffff")
                border.color: root.explainer.themeColor("grid", "#e3e6eb")
                clip: true
                Loader {
                    id: figure
                    width: parent.width
                    source: root.block.missing ? "" : root.block.figureUrl
                    onLoaded: {
                        if (item.height <= 0)
                            item.height = Qt.binding(() => item.implicitHeight > 0
                                                     ? item.implicitHeight : root.unit * 20)
                        if ("theme" in item)
                            item.theme = Qt.binding(() => root.explainer.theme)
                    }
                }
                Text {
                    id: failed
                    visible: figure.status !== Loader.Ready
                    anchors.centerIn: parent
                    width: parent.width - 2 * root.unit
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: figure.status === Loader.Loading ? root.mutedColor : root.errorColor
                    font: root.explainer.bodyFont
                    text: figure.status === Loader.Loading
                          ? qsTr("Loading figure…")
                          : qsTr("[figure failed to load: %1]").arg(String(root.block.figureUrl))
                }
            }
            Caption {}
        }
    }

    Component {
        id: ruleComponent
        Item {
            height: root.unit
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.4
                height: 1
                color: root.explainer.themeColor("grid", "#e3e6eb")
            }
        }
    }
}
