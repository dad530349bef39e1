/// Folds traditional Chinese characters to their simplified forms, one character at a time.
///
/// Customers in Hong Kong, Taiwan and overseas write 錢/貨/帳 where lexicons say 钱/货/账.
/// The table covers the characters that matter for collection language; a host can build
/// a fuller one from its own list of pairs. Lookup is one array index, no hashing.
package struct TraditionalChineseTable: Sendable {
    /// The lookup tables, owned as raw buffers and never written after `init`: normalising
    /// then reads them without reference counting, however often the table is copied.
    private final class Storage: @unchecked Sendable {
        // Indexed by scalar - 0x4E00 over the CJK Unified Ideographs block; 0 means "unchanged".
        let table: UnsafeMutableBufferPointer<UInt32>
        // One bit per scalar of the block, set when it has a mapping: most text is already
        // simplified, and a 2.6 KB bitmap stays in L1 where the 84 KB table would not.
        let mapped: UnsafeMutableBufferPointer<UInt64>
        /// Every mapping is to a three-byte character (U+0800–U+FFFF), like the ideograph it replaces.
        let keepsWidth: Bool

        init(table: [UInt32], mapped: [UInt64]) {
            keepsWidth = table.allSatisfy { $0 == 0 || (0x800..<0x10000).contains($0) }
            self.table = .allocate(capacity: table.count)
            _ = self.table.initialize(from: table)
            self.mapped = .allocate(capacity: mapped.count)
            _ = self.mapped.initialize(from: mapped)
        }

        deinit {
            table.deallocate()
            mapped.deallocate()
        }
    }

    private static let blockSize = 0x5200 // U+4E00 up to U+9FFF, rounded up to whole bitmap words
    private let storage: Storage

    /// A table mapping each character of `traditional` to the character at the same
    /// position in `simplified`. Characters outside U+4E00–U+9FFF are ignored.
    package init(traditional: String, simplified: String) {
        var table = [UInt32](repeating: 0, count: Self.blockSize)
        var mapped = [UInt64](repeating: 0, count: Self.blockSize / 64)
        for (from, to) in zip(traditional.unicodeScalars, simplified.unicodeScalars)
        where (0x4E00...0x9FFF).contains(from.value) {
            let index = Int(from.value - 0x4E00)
            table[index] = to.value
            mapped[index >> 6] |= 1 << UInt64(index & 63)
        }
        storage = Storage(table: table, mapped: mapped)
    }

    /// Whether every mapping is to a three-byte character, as wide in UTF-8 as the ideograph it
    /// replaces (the built-in table's are; a host's table may map to letters or emoji).
    var keepsWidth: Bool { storage.keepsWidth }

    /// The simplified form of a CJK scalar in U+4E00–U+9FFF (itself when unmapped).
    @inline(__always)
    package func simplify(_ scalar: UInt32) -> UInt32 {
        let index = Int(scalar &- 0x4E00)
        guard index >= 0, index < Self.blockSize, storage.mapped[index >> 6] & (1 << UInt64(index & 63)) != 0 else {
            return scalar
        }
        let simplified = storage.table[index]
        return simplified == 0 ? scalar : simplified
    }

    /// CollectKit's built-in table (720 characters).
    package static let standard = TraditionalChineseTable(
        traditional: "來係倉個們備傳債價億儘償優兌兩別劃動務勢勵匯區員唄問啓啟單嗎囉園圓圖團場塊壓壞夠奮實審寫寬將專對導層屬島帳帶幣幫幾庫廠廣廳張彈後從復徵愛態慮慶憂憑應懷戰戶換損搶撥擇擊擔據擴擾攤數斷時書會東條業極構樂樓標樣機檢欄權歐歡歸殺氣氫決沒況減測準溫滯滿濟災為烏無熱營爭爾獎獨獲現環產畢畫異當發盡盤眾確禮稅種稱積穩窮競筆節範簡簽糧紀約紅納紙級細終組結絕絡給統經維網緊線總績繫繼續罰罷聖聯聲職聽腦與興舉舊萬著蓋藝蘇處號術衛補製複見規視親覺覽觀訂計訊託記設許訴診試話詳認誒語誤說誰調談請論諸諾講謝證識護讀變讓貝負財貧貨責貴買貸費貼貿賀資賓賞賠賣質賬賴購贈贏趕趙跡踐車軍軟較載輕輛輪輸轉辦辭農迴這連週進遊運過達遞遠適遲選遺還邊鄉醫釐針鉅銀銷鋼錄錢錯錶鎖鎮鐘長門閉開間閱闆關陰陳陸陽隊際隨險隻雖雙雞離難雲電靈韓響頁項順須預領頭頻題額顏願類顧顯風飛飯養餘館馬騰驗驚髒體髮鬆鬥鬧魚鳥麥麵麼黃點黨齊齒龍龜議監採撐緩籌湊艱虧賺賒墊漲鋪凍裡裏暫誠廢爛師裝郵傭櫃擺碼陣兒嚴勁頓糾紛雜亂誇噸脹溝籤鈔紮鏈礙緒揮衝歷曆屆淨懶攔擋寶撈劑嚐嘗嚇蝕賤趨軌輔辯遜邏釀閘頒餓駐驅鬱鹹鹽麗黴謀貶倫儲兇勞協卻厲嚮壯夾奪婦媽孫寧尋帥廁弔彎徑慣憐懸戲拋挾捨掃掛搖摟擁擠攜敗敵歲毀湯滅滾潤濕爐牽獄瑣瓊療癢盜睜矚碩禍窩竊箏篩紋紐絲綁綠緣縣縮繞織罈羅翹聞聳膚臉艦莊葉蔣蘭蟲蠻襪襲訝詐該誌誕誣誦諒謊謠譯豈豐貓賽贊踴躍軀輝輩轟邁醜釋鈴鋁鋒錘鍵鐵鑽閃闡隱頑頗頸顆顫飄飽餅餵騙騎驢骯鬍鬢魯鮮鴨鵝鷹齡厰嘆囪堅壇奧嬰屢廟彌徹懇戀擬斂晝曉暈槍歎氈灘燈牆猶瘋癡皺盞睏矯礎祿窯筍簾糞紗紡絨綜緞緬縫繳罵羨翺聰肅脫艙蕭薦薩藥蘋螞衆褲訪詢詩諧謹譽讚豎貞販貫賄賊賢賭贓贖蹤躉輻輿轄鄰釣鈕鉛銅錦鍋鏡鑄閣闖陝靜韋頂頌驕驟鮑鯊鳳鴿鹼齋",
        simplified: "来系仓个们备传债价亿尽偿优兑两别划动务势励汇区员呗问启启单吗啰园圆图团场块压坏够奋实审写宽将专对导层属岛账带币帮几库厂广厅张弹后从复征爱态虑庆忧凭应怀战户换损抢拨择击担据扩扰摊数断时书会东条业极构乐楼标样机检栏权欧欢归杀气氢决没况减测准温滞满济灾为乌无热营争尔奖独获现环产毕画异当发尽盘众确礼税种称积稳穷竞笔节范简签粮纪约红纳纸级细终组结绝络给统经维网紧线总绩系继续罚罢圣联声职听脑与兴举旧万着盖艺苏处号术卫补制复见规视亲觉览观订计讯托记设许诉诊试话详认诶语误说谁调谈请论诸诺讲谢证识护读变让贝负财贫货责贵买贷费贴贸贺资宾赏赔卖质账赖购赠赢赶赵迹践车军软较载轻辆轮输转办辞农回这连周进游运过达递远适迟选遗还边乡医厘针巨银销钢录钱错表锁镇钟长门闭开间阅板关阴陈陆阳队际随险只虽双鸡离难云电灵韩响页项顺须预领头频题额颜愿类顾显风飞饭养余馆马腾验惊脏体发松斗闹鱼鸟麦面么黄点党齐齿龙龟议监采撑缓筹凑艰亏赚赊垫涨铺冻里里暂诚废烂师装邮佣柜摆码阵儿严劲顿纠纷杂乱夸吨胀沟签钞扎链碍绪挥冲历历届净懒拦挡宝捞剂尝尝吓蚀贱趋轨辅辩逊逻酿闸颁饿驻驱郁咸盐丽霉谋贬伦储凶劳协却厉向壮夹夺妇妈孙宁寻帅厕吊弯径惯怜悬戏抛挟舍扫挂摇搂拥挤携败敌岁毁汤灭滚润湿炉牵狱琐琼疗痒盗睁瞩硕祸窝窃筝筛纹纽丝绑绿缘县缩绕织坛罗翘闻耸肤脸舰庄叶蒋兰虫蛮袜袭讶诈该志诞诬诵谅谎谣译岂丰猫赛赞踊跃躯辉辈轰迈丑释铃铝锋锤键铁钻闪阐隐顽颇颈颗颤飘饱饼喂骗骑驴肮胡鬓鲁鲜鸭鹅鹰龄厂叹囱坚坛奥婴屡庙弥彻恳恋拟敛昼晓晕枪叹毡滩灯墙犹疯痴皱盏困矫础禄窑笋帘粪纱纺绒综缎缅缝缴骂羡翱聪肃脱舱萧荐萨药苹蚂众裤访询诗谐谨誉赞竖贞贩贯贿贼贤赌赃赎踪趸辐舆辖邻钓钮铅铜锦锅镜铸阁闯陕静韦顶颂骄骤鲍鲨凤鸽碱斋"
    )
}
