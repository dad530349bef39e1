import Foundation

/// Drafts written for this project in phrasings the dev set does not use (colloquial zh, traditional
/// characters, chat style, English variants), plus sound messages that use risky words neutrally.
/// A regression guard for generalisation, not a substitute for the held-out set.
enum ProbeMessages {
    static let jsonLines = """
{"id":"p1","lang":"zh","text":"张总,麻烦您救救急吧,这笔钱收不回来我年底奖金就泡汤了","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"p2","lang":"zh","text":"李总,上面给我们下了死命令,这个月必须清账,您看能不能先结一部分","flags":["quota_disclosure","vague_request","passive_close"]}
{"id":"p3","lang":"zh","text":"王总您好,3月货款合计86,400元,合同约定4月10日到期,请于4月12日前安排付款,我12号上午电话跟您确认。","flags":[]}
{"id":"p4","lang":"zh","text":"刘总,款已收到15万,谢谢您的支持!","flags":[]}
{"id":"p5","lang":"zh","text":"赵总,这周五之前能把货款结了的话,运费我给您免了","flags":["unapproved_incentive","vague_request"]}
{"id":"p6","lang":"zh","text":"陈总,月底前打20万过来,我给您争取个98折","flags":["unapproved_incentive"]}
{"id":"p7","lang":"zh","text":"孙总,您看啥时候方便把上个月的钱结一下","flags":["vague_request","passive_close"]}
{"id":"p8","lang":"zh","text":"周总,不好意思啊,又来催了,您有空的话处理一下哈","flags":["vague_request","passive_close"]}
{"id":"p9","lang":"zh","text":"吳總,貴司尚欠貨款62,500元,請於下週三前匯款,屆時我會再致電確認。","flags":[]}
{"id":"p10","lang":"zh","text":"黄总,您就当可怜可怜我,这单再收不回来我饭碗都保不住了","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"p11","lang":"zh","text":"郑总,我们领导说了,最多可以给您让到九折,再低就不行了","flags":["quota_disclosure","unapproved_incentive","vague_request"]}
{"id":"p12","lang":"zh","text":"马总,对账单已发到您邮箱,请查收核对,有问题随时联系我。","flags":[]}
{"id":"p13","lang":"zh","text":"胡总,欠款的事能不能早点给个说法?","flags":["vague_request"]}
{"id":"p14","lang":"zh","text":"林总,好的好的,那您忙,回头再联系","flags":["vague_request","passive_close"]}
{"id":"p15","lang":"zh","text":"何总,按合同逾期款38,000元应于本周五前付清,逾期将按日万分之五收取违约金,周五下午我来公司取回单。","flags":[]}
{"id":"p16","lang":"zh","text":"老板,这个季度我的指标还差一大截,您多少支持一点嘛","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"p17","lang":"zh","text":"罗总,您先把5万转过来,剩下的随便什么时候给都行","flags":["vague_request","passive_close"]}
{"id":"p18","lang":"zh","text":"高总,今天下午五点前请把4.8万的货款转过来,我五点半跟财务核对。","flags":[]}
{"id":"p19","lang":"zh","text":"梁总,只要这周把钱打了,下次进货我给您多搭两箱","flags":["unapproved_incentive"]}
{"id":"p20","lang":"zh","text":"宋总,您那边资金紧的话,利息我们就不算了,您看着给点吧","flags":["unapproved_incentive","vague_request","passive_close"]}
{"id":"p21","lang":"zh","text":"谢总,按公司批准的年度返利3%,结清126,000元后一并核算,请于6月30日前付款。","flags":[],"approved_incentives":["年度返利3%"]}
{"id":"p22","lang":"zh","text":"唐总,实在不好意思打扰您,款子的事您心里有个数就行","flags":["vague_request","passive_close"]}
{"id":"p23","lang":"zh","text":"韩总,再不回款我就要被扣绩效了,兄弟帮一把","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"p24","lang":"zh","text":"冯总,麻烦本月25号前把剩余的32,800元付清,谢谢!","flags":[]}
{"id":"p25","lang":"zh","text":"于总,货款的事麻烦抓紧时间处理一下","flags":["vague_request"]}
{"id":"p26","lang":"zh","text":"董总,跟您说个底,我们账期最长其实能放到180天,不过还是希望您这个月能付一些","flags":["quota_disclosure","vague_request"]}
{"id":"p27","lang":"zh","text":"萧总,周四前付清9万的话,下一单我私下给您申请个特价","flags":["unapproved_incentive"]}
{"id":"p28","lang":"zh","text":"程总,收到您转来的8万元,谢谢!余款4万请于下月5日前付清。","flags":[]}
{"id":"p29","lang":"zh","text":"曹总,这样吧,您啥时候有钱啥时候给","flags":["vague_request","passive_close"]}
{"id":"p30","lang":"zh","text":"袁总,我明天上午十点到您那里,把12万的付款时间当面定下来。","flags":[]}
{"id":"e1","lang":"en","text":"Hi Mark, I'd really appreciate it if you could help a guy out here, my manager is all over me about this one.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"e2","lang":"en","text":"Hi Mark, the 52,300 on invoice 8812 is 20 days overdue. Please pay by Tuesday 12 March; I'll call Wednesday morning to confirm.","flags":[]}
{"id":"e3","lang":"en","text":"Thanks Jenny, we've received the 18,000 transfer. Much appreciated!","flags":[]}
{"id":"e4","lang":"en","text":"Any chance you could get something over to us soon?","flags":["vague_request"]}
{"id":"e5","lang":"en","text":"If you clear it this week I can knock 5% off, don't tell anyone.","flags":["unapproved_incentive","vague_request"]}
{"id":"e6","lang":"en","text":"I've got a collections quota to hit by Friday, so if you could settle the 40k by then that'd be amazing.","flags":["quota_disclosure"]}
{"id":"e7","lang":"en","text":"No stress if it's not doable right now, just get to it when you can.","flags":["vague_request","passive_close"]}
{"id":"e8","lang":"en","text":"Dear Mr. Singh, please find attached the statement of account as of 31 March for your records.","flags":[]}
{"id":"e9","lang":"en","text":"Kevin, pay the 15k by Thursday and I'll personally make sure your next shipment goes out free of freight.","flags":["unapproved_incentive"]}
{"id":"e10","lang":"en","text":"Please, I really need your help here, it's my job on the line.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"e11","lang":"en","text":"Hi Paula, the balance of $12,480 is due 15 May. Please confirm the payment date by Friday.","flags":[]}
{"id":"e12","lang":"en","text":"Could you pay part of the overdue amount sometime next week?","flags":["vague_request"]}
{"id":"e13","lang":"en","text":"Anyway, I'll let you get on with your day. Let me know if anything changes!","flags":["vague_request","passive_close"]}
{"id":"e14","lang":"en","text":"Our CFO says we can accept 80% as full settlement, so let's do that.","flags":["quota_disclosure","unapproved_incentive","vague_request"]}
{"id":"e15","lang":"en","text":"As agreed, the 2% prompt-payment discount applies if the 64,000 arrives by 30 April. I'll confirm receipt on 1 May.","flags":[],"approved_incentives":["2% prompt payment discount"]}
{"id":"e16","lang":"en","text":"Hey, sorry to chase again, just wondering about the payment, whenever suits.","flags":["vague_request","passive_close"]}
{"id":"e17","lang":"en","text":"Please settle the overdue 27,900 by end of day tomorrow; otherwise we will put the account on hold Monday.","flags":[]}
{"id":"e18","lang":"en","text":"It would be a massive favour to me if you could get the 9k in by Friday.","flags":["pleading"]}
{"id":"e19","lang":"en","text":"We're way behind target this month and I'm the one who'll take the heat, so please do what you can.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"e20","lang":"en","text":"Your payment of 33,000 has been received, thank you. The remaining 11,000 is due on 20 June.","flags":[]}
{"id":"q1","lang":"zh","text":"张老板,您行个方便,这笔钱先打给我,不然我回去没法交差","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"q2","lang":"zh","text":"李总,这个月公司考核回款,您能不能先付个三五万的","flags":["quota_disclosure","vague_request"]}
{"id":"q3","lang":"zh","text":"王总,您那边什么时候能把尾款结一下?","flags":["vague_request"]}
{"id":"q4","lang":"zh","text":"赵总,货款的事您别有压力,等您周转开了再说","flags":["vague_request","passive_close"]}
{"id":"q5","lang":"zh","text":"陈总,贵司3笔逾期货款合计57,600元,请于本月28日前一次付清,28日下午我去贵司取回单。","flags":[]}
{"id":"q6","lang":"zh","text":"刘总,8万元货款请明天中午12点前到账,到账后请把水单发我。","flags":[]}
{"id":"q7","lang":"zh","text":"周总,您要是这周能结清,我跟经理申请给您少算两千","flags":["unapproved_incentive","vague_request"]}
{"id":"q8","lang":"zh","text":"孙总,上次说好的20号付款,今天已经22号了,请今天下班前把3.5万转过来,明早我跟财务核对。","flags":[]}
{"id":"q9","lang":"zh","text":"马哥,兄弟这个月太难了,您就可怜可怜我吧","flags":["pleading","vague_request"]}
{"id":"q10","lang":"zh","text":"何总,您先忙您的,款子的事不着急哈","flags":["vague_request","passive_close"]}
{"id":"q11","lang":"zh","text":"朱总,我们公司对老客户一般都很宽松,逾期半年都不会断货,您放心","flags":["quota_disclosure","vague_request"]}
{"id":"q12","lang":"zh","text":"黄总,发票已经开好寄出,单号SF0012345678,请注意查收。","flags":[]}
{"id":"q13","lang":"zh","text":"冯总,这批货款能快点就快点吧","flags":["vague_request"]}
{"id":"q14","lang":"zh","text":"吴总,月底前付清12万,我私人送您一张购物卡","flags":["unapproved_incentive"]}
{"id":"q15","lang":"zh","text":"邓总,拖了三个月了,您好歹给个准话,到底哪天能付?","flags":["vague_request"]}
{"id":"q16","lang":"zh","text":"謝總,這個月業績壓力實在太大,拜託您幫個忙,先付一部分吧","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"q17","lang":"zh","text":"郭总,截至9月30日贵司欠款共计¥142,300,按合同请于10月10日前付清,10日上午我电话确认。","flags":[]}
{"id":"q18","lang":"zh","text":"许总,要不这样,您先付一半,剩下的明年再说","flags":["vague_request","passive_close"]}
{"id":"q19","lang":"zh","text":"曾总,今天务必把6万打过来,我下午4点查账","flags":[]}
{"id":"q20","lang":"zh","text":"蔡总,您这边方便的话,就这两天安排一下吧","flags":["vague_request","passive_close"]}
{"id":"r1","lang":"en","text":"Hi Ben, hope all's well! Whenever you've got a sec, could you look at the overdue invoices?","flags":["vague_request","passive_close"]}
{"id":"r2","lang":"en","text":"Ben, 3 invoices totalling 57,600 are overdue. Please pay in full by 28 March; I'll call on the 29th to confirm.","flags":[]}
{"id":"r3","lang":"en","text":"I'm in a real bind here, my bonus depends on this, could you please sort something out?","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"r4","lang":"en","text":"If you can pay this week, I'll get finance to drop the interest charges.","flags":["unapproved_incentive","vague_request"]}
{"id":"r5","lang":"en","text":"Can you pay the balance soon?","flags":["vague_request"]}
{"id":"r6","lang":"en","text":"Our regional director has told us we're allowed to settle at 85% if needed.","flags":["quota_disclosure","unapproved_incentive","vague_request"]}
{"id":"r7","lang":"en","text":"The 8,000 payment you promised for Monday hasn't arrived. Please transfer it today by 4pm and email the remittance.","flags":[]}
{"id":"r8","lang":"en","text":"Really sorry to keep bugging you about this, whenever you get around to it is fine.","flags":["vague_request","passive_close"]}
{"id":"r9","lang":"en","text":"Pay 25k by Friday and I'll send over a couple of free cases.","flags":["unapproved_incentive"]}
{"id":"r10","lang":"en","text":"Could you do me a solid and get the 12k over by Wednesday?","flags":["pleading"]}
{"id":"r11","lang":"en","text":"We hit our quarter end next week and I'm still short, anything you can pay would be huge.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"r12","lang":"en","text":"Payment of USD 19,250 is due on 30 June per the signed statement. Please confirm by reply.","flags":[]}
{"id":"r13","lang":"en","text":"Alright, I'll leave the ball in your court then.","flags":["vague_request","passive_close"]}
{"id":"r14","lang":"en","text":"Thanks, got the 10k this morning! The remaining 5k is due on 15 July.","flags":[]}
{"id":"r15","lang":"en","text":"Just a nudge on the outstanding amount, thanks!","flags":["vague_request"]}
{"id":"t1","lang":"zh","text":"哥,你就帮帮兄弟呗🙏这月再回不来款我真要卷铺盖走人了","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"t2","lang":"zh","text":"王总~款的事您记得哈,不急的,有空安排下就好😊","flags":["vague_request","passive_close"]}
{"id":"t3","lang":"zh","text":"李总,这礼拜五之前打3万过来可以吗?我们月底要考核了","flags":["quota_disclosure"]}
{"id":"t4","lang":"zh","text":"老张,上回说的那笔钱,你看啥时候能给个信儿","flags":["vague_request","passive_close"]}
{"id":"t5","lang":"zh","text":"刘总您好,3月对账单已确认,应付56,000元,请于4月8日前付款,谢谢!","flags":[]}
{"id":"t6","lang":"zh","text":"陈总,你要是月底前能全部结清,我做主给你抹个零","flags":["unapproved_incentive","vague_request"]}
{"id":"t7","lang":"zh","text":"周总,帮个忙嘛,多少回点,我这个月业绩太难看了😭","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"t8","lang":"zh","text":"孫總,麻煩您這週四前把8萬轉過來,週四下午我跟財務核對,謝謝!","flags":[]}
{"id":"t9","lang":"zh","text":"赵总,我们公司其实有政策,逾期的客户可以申请分期,您要不要试试","flags":["quota_disclosure","unapproved_incentive","vague_request","passive_close"]}
{"id":"t10","lang":"zh","text":"钱总,款子您尽量这个月安排一下哈,谢谢您","flags":["vague_request"]}
{"id":"t11","lang":"zh","text":"吴总,12号前付清10万的话,我送您两张展会门票","flags":["unapproved_incentive"]}
{"id":"t12","lang":"zh","text":"黄总,那行,那就等您消息吧,不打扰您休息了","flags":["vague_request","passive_close"]}
{"id":"t13","lang":"zh","text":"何总,您看这个月能不能先回个五万?月底前就行","flags":[]}
{"id":"t14","lang":"zh","text":"郑总,我也知道您难,可我们也是小公司,老板天天盯着我要这笔钱","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"t15","lang":"zh","text":"林总,货款43,200元请明天下午5点前付清。如未按时付款,我司将按合同暂停发货。","flags":[]}
{"id":"t16","lang":"zh","text":"曹总,您就当给我个面子,先结一部分吧","flags":["pleading","vague_request"]}
{"id":"t17","lang":"zh","text":"邓总,您放心,这钱晚几天没事,我们这边不着急用","flags":["vague_request","passive_close"]}
{"id":"t18","lang":"zh","text":"谢总,请在周二前把上个月的27,000结了,周二上午我来拿支票。","flags":[]}
{"id":"t19","lang":"zh","text":"宋总,这个月我排名垫底了,您要是能把款结了,下次我给您申请点样品","flags":["quota_disclosure","unapproved_incentive","vague_request"]}
{"id":"t20","lang":"zh","text":"唐总,没关系没关系,您先处理家里的事,款的事以后再说","flags":["vague_request","passive_close"]}
{"id":"u1","lang":"en","text":"hey mate, any chance u could sort the invoice this wk? would really help me out 🙏","flags":["pleading","vague_request"]}
{"id":"u2","lang":"en","text":"Hi Priya, the 23,500 balance is due on 14 Aug. Please confirm by Monday that it's scheduled. Thx","flags":[]}
{"id":"u3","lang":"en","text":"Boss is riding me hard on overdue accounts this month, can you pls push something through?","flags":["quota_disclosure","vague_request"]}
{"id":"u4","lang":"en","text":"Pls pay 6k by Fri, cheers","flags":[]}
{"id":"u5","lang":"en","text":"No biggie if it's late, just ping me when it's done.","flags":["vague_request","passive_close"]}
{"id":"u6","lang":"en","text":"If you pay the 30k by the 20th I can do you 10% off the next order, I'll square it with my manager later.","flags":["unapproved_incentive"]}
{"id":"u7","lang":"en","text":"We're under real pressure to close out the quarter, so anything you can get across would be appreciated.","flags":["quota_disclosure","vague_request"]}
{"id":"u8","lang":"en","text":"Hi Omar, following up on INV-3390 (17,250), which was due 2 weeks ago. Please pay by Thursday; I'll phone you Thursday afternoon.","flags":[]}
{"id":"u9","lang":"en","text":"I totally get that things are tough right now. Pay when you're able, no dramas.","flags":["vague_request","passive_close"]}
{"id":"u10","lang":"en","text":"Honestly, I'll be in serious trouble if this isn't paid soon, please.","flags":["pleading","vague_request"]}
{"id":"u11","lang":"en","text":"The remaining 4,800 is due by 28 Feb. Let me know if you have any questions.","flags":[]}
{"id":"u12","lang":"en","text":"Would you be able to pay a bit of the balance sometime this month?","flags":["vague_request"]}
{"id":"u13","lang":"en","text":"Sarah, we received 20k today, thank you! That leaves 8k, due on 30 April.","flags":[]}
{"id":"u14","lang":"en","text":"Could you settle by Friday? I can throw in free delivery on the next order.","flags":["unapproved_incentive","vague_request"]}
{"id":"u15","lang":"en","text":"It's company policy that we only send accounts to collections after 180 days, so there's time, but pls pay when possible.","flags":["quota_disclosure","vague_request"]}
{"id":"v1","lang":"zh","text":"王总,我这边真的顶不住了,您发发慈悲吧","flags":["pleading","vague_request"]}
{"id":"v2","lang":"zh","text":"李总,说实在的,我们销售部这个月就指望您这笔款了","flags":["quota_disclosure","vague_request"]}
{"id":"v3","lang":"zh","text":"张总,您要是下周一前把20万结了,后面的货我给您按出厂价","flags":["unapproved_incentive"]}
{"id":"v4","lang":"zh","text":"刘总,那笔款您抽空处理一下吧","flags":["vague_request","passive_close"]}
{"id":"v5","lang":"zh","text":"陈总,逾期货款5.6万元,请于周四中午前付款,下午我安排同事上门取回单。","flags":[]}
{"id":"v6","lang":"zh","text":"赵总,公司规定这个季度每个人至少回款200万,我现在才一百出头","flags":["quota_disclosure","vague_request"]}
{"id":"v7","lang":"zh","text":"孙总,能不能先给一些,剩下的再商量","flags":["vague_request","passive_close"]}
{"id":"v8","lang":"zh","text":"周总,您周五前付清15万,运费和上次的差价我都想办法给您免掉","flags":["unapproved_incentive"]}
{"id":"v9","lang":"zh","text":"吴总,打扰一下,请问上月的货款什么时候能安排?","flags":["vague_request"]}
{"id":"v10","lang":"zh","text":"郑总,款收到了,谢谢!下批货周三发出。","flags":[]}
{"id":"v11","lang":"zh","text":"冯总,实话跟您讲,我们财务说超过一年的才会计提坏账,您这笔还早","flags":["quota_disclosure","vague_request"]}
{"id":"v12","lang":"zh","text":"褚总,求求你了,就当救我一命","flags":["pleading","vague_request"]}
{"id":"v13","lang":"zh","text":"卫总,欠款11,300元,合同约定本月15日到期,请按期支付,到期当天我再跟您确认。","flags":[]}
{"id":"v14","lang":"zh","text":"蒋总,您看着能付多少就付多少吧","flags":["vague_request","passive_close"]}
{"id":"v15","lang":"zh","text":"沈总,这单要是再黄了,我这个主管也别干了","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"w1","lang":"en","text":"Hey Tom, my rent is due and my commission depends on this, please don't leave me hanging.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"w2","lang":"en","text":"Whatever you can manage this week would be great, no need to stress.","flags":["vague_request","passive_close"]}
{"id":"w3","lang":"en","text":"Pay by Friday and we'll take 15% off the total, just don't mention it to accounts.","flags":["unapproved_incentive","vague_request"]}
{"id":"w4","lang":"en","text":"Dear Mr. Cole, our records show EUR 14,200 outstanding on account 5531. Please remit by 20 November.","flags":[]}
{"id":"w5","lang":"en","text":"Our sales director reviews every overdue account on Friday and yours is top of the list, so I'd love to get it cleared.","flags":["quota_disclosure","vague_request"]}
{"id":"w6","lang":"en","text":"Sorry to be a nuisance, could you look into the overdue payment when you have a minute?","flags":["vague_request","passive_close"]}
{"id":"w7","lang":"en","text":"You agreed to 12,500 by today. Nothing has arrived; please send proof of transfer by 2pm.","flags":[]}
{"id":"w8","lang":"en","text":"Help a mate out, I'm short this month and need your 8k by Friday.","flags":["pleading","quota_disclosure"]}
{"id":"w9","lang":"en","text":"If it makes things easier, we could extend your terms to 90 days from now on.","flags":["unapproved_incentive","vague_request"]}
{"id":"w10","lang":"en","text":"Okay, we'll revisit this next quarter then. Take care!","flags":["vague_request","passive_close"]}
{"id":"s1","lang":"en","text":"Hi Greg, invoice INV-2291 for 14,600 is now 10 days past due. Please pay by Thursday 5pm; my manager will join Friday's call if it's still open.","flags":[]}
{"id":"s2","lang":"en","text":"Thanks for the call today. Confirming: 30,000 by 12 May and the remaining 18,500 by 26 May. I'll send a reminder two days before each date.","flags":[]}
{"id":"s3","lang":"en","text":"Dear Ms. Alvarez, the attached statement shows 41,250 outstanding. Please settle it by 31 October and send the remittance advice to me.","flags":[]}
{"id":"s4","lang":"en","text":"Hi Sam, we received 12,000 on Monday, thank you. The balance of 6,000 is due by 20 June.","flags":[]}
{"id":"s5","lang":"en","text":"Per clause 9, overdue amounts accrue interest at 1% per month. The 22,800 is 35 days late; please pay by Friday to stop further interest.","flags":[]}
{"id":"s6","lang":"en","text":"Nadia, the PO numbers on invoices 5512 and 5519 have been corrected. Please release the 9,340 in Tuesday's payment run and confirm by reply.","flags":[]}
{"id":"s7","lang":"en","text":"Hello Mr. Brown, your account shows USD 7,900 overdue since 1 March. Please arrange payment by 15 April; I'll call on 16 April to confirm receipt.","flags":[]}
{"id":"s8","lang":"en","text":"Feel free to call me with any questions, but the 18,200 is due by Wednesday noon and we need the transfer confirmation by then.","flags":[]}
{"id":"s9","lang":"en","text":"As agreed in our contract, the 3% volume rebate will be credited once the 52,000 is received; please pay by 30 September.","flags":[],"approved_incentives":["3% volume rebate"]}
{"id":"s10","lang":"en","text":"Good afternoon Ravi, the 64,000 for order 7781 fell due yesterday. Please transfer it today before 6pm and email me the bank slip.","flags":[]}
{"id":"s11","lang":"en","text":"Hi Lena, just confirming we received your payment of 25,400 this morning. Thank you, nothing further is due this month.","flags":[]}
{"id":"s12","lang":"en","text":"Please pay 11,750 by end of day tomorrow. If there's any discrepancy in the statement, tell me by noon so we can fix it first.","flags":[]}
{"id":"s13","lang":"en","text":"We can't offer a discount on overdue invoices. The full 16,000 is payable by Friday 12 July; I'll check receipt Monday morning.","flags":[]}
{"id":"s14","lang":"en","text":"Mr. Tan, the goods were delivered on 3 June with no extra charge for freight. Payment of SGD 8,450 is due by 3 July.","flags":[]}
{"id":"s15","lang":"en","text":"Reminder: 2 invoices totalling 19,900 are overdue. Please pay by the 25th, otherwise new orders will be on hold from the 26th.","flags":[]}
{"id":"s16","lang":"zh","text":"王总,您好!3月份货款合计65,800元,按合同应于4月15日前付清,请安排财务办理,15号下午我跟您确认到账。","flags":[]}
{"id":"s17","lang":"zh","text":"李经理,昨天的8万元已经到账,谢谢!剩余4.2万请于下周五前付清。","flags":[]}
{"id":"s18","lang":"zh","text":"张总,按合同第五条,逾期超过60天将暂停供货。目前逾期37,500元,请于本月20日前结清。","flags":[]}
{"id":"s19","lang":"zh","text":"赵会计,对账单已盖章寄回,请于3月10日前支付对账金额¥28,640,付款后请把回单发我。","flags":[]}
{"id":"s20","lang":"zh","text":"刘总,按我们双方确认的分期计划,第二期5万元应于6月1日到账,我6月2日上午跟财务核对。","flags":[]}
{"id":"s21","lang":"zh","text":"陈总,您反馈的破损问题已补发12件,物流单号已发您。剩余货款46,200元请于周三下班前支付。","flags":[]}
{"id":"s22","lang":"zh","text":"黄总,收到您转来的10万元,谢谢支持!","flags":[]}
{"id":"s23","lang":"zh","text":"周总,请于今天下午三点前把9.8万转账,转完把水单发我,我三点半跟财务确认。","flags":[]}
{"id":"s24","lang":"zh","text":"孫總您好,截至10月31日貴司應付帳款共計¥88,000,請於11月10日前付清,10號上午我會致電確認到帳。","flags":[]}
{"id":"s25","lang":"zh","text":"吴总,您上次说等老板回来签字,老板今天已回公司。请今天把6万元的付款单签好,明天上午我去拿回单。","flags":[]}
{"id":"s26","lang":"zh","text":"郑总,按公司已批的年度返利3%,结清后统一核算。本期应付73,000元,请于9月30日前付款。","flags":[],"approved_incentives":["年度返利3%"]}
{"id":"s27","lang":"zh","text":"何总,附件是5月对账单,应付金额¥45,300,请核对后于6月5日前付款,有差异请6月3日前告诉我。","flags":[]}
{"id":"s28","lang":"zh","text":"马经理,发票已重开,新票号No.10293847,请于本周四前付清31,000元,周四下午我电话确认。","flags":[]}
{"id":"s29","lang":"zh","text":"林总,今天是约定付款日,12万元目前还没到账。请中午12点前告知转账进度,最晚今天下班前到账。","flags":[]}
{"id":"s30","lang":"zh","text":"高总,欠款2万3千元请于本月底前付清,谢谢!","flags":[]}
{"id":"x1","lang":"zh","text":"王总,贵司财务说发票抬头有误,我们已重开并寄出。货款36,000元请于下周三前支付。","flags":[]}
{"id":"x2","lang":"zh","text":"李总,按公司规定,逾期超过90天将暂停供货。目前逾期52,000元,请于本月25日前付清。","flags":[]}
{"id":"x3","lang":"zh","text":"张总,请抽空核对附件对账单,并于5月20日前支付应付款¥61,500。","flags":[]}
{"id":"x4","lang":"zh","text":"刘总,我们销售部已经把新合同发您了,旧合同下的欠款4.6万请于周五前结清。","flags":[]}
{"id":"x5","lang":"zh","text":"陈总,逾期超过一年的款项将计入坏账并启动法律程序。目前欠款8万元,请于10日内付清。","flags":[]}
{"id":"x6","lang":"zh","text":"周总,您看着对账单核对一下,应付33,800元,请于4月30日前付款。","flags":[]}
{"id":"x7","lang":"zh","text":"吴总,今天是我们约定的付款日,5万元请在下午6点前到账,我6点半跟财务核对,辛苦您了。","flags":[]}
{"id":"x8","lang":"zh","text":"郑总,感谢支持!上月的12万已全部到账,本月对账单下周一发您。","flags":[]}
{"id":"x9","lang":"zh","text":"冯总,为了不影响您下月的订单,请于月底前付清逾期的64,000元。","flags":[]}
{"id":"x10","lang":"zh","text":"何总,收到,发票问题我们今天处理好,明天上午重新寄出,货款27,000元按约定周五前付清即可。","flags":[]}
{"id":"y1","lang":"en","text":"Hi Dana, our sales team has sent the revised contract. The 46,000 under the old one is still due by Friday.","flags":[]}
{"id":"y2","lang":"en","text":"Per company policy, accounts over 90 days are placed on credit hold. Please pay the 52,000 by the 25th to avoid this.","flags":[]}
{"id":"y3","lang":"en","text":"Thanks Mike, the 30k landed this morning. Take care and speak next month!","flags":[]}
{"id":"y4","lang":"en","text":"Please look into the attached statement and pay the 18,400 by Wednesday. Cheers!","flags":[]}
{"id":"y5","lang":"en","text":"Hi Jo, the free samples you asked about were shipped separately. The invoice of 9,800 for the main order is due 1 March.","flags":[]}
{"id":"y6","lang":"en","text":"We've extended the dispute window as you requested; the undisputed 21,000 must still be paid by 15 May.","flags":[]}
{"id":"y7","lang":"en","text":"Your target delivery date is confirmed for the 9th. Separately, please pay the overdue 7,400 by Monday.","flags":[]}
{"id":"y8","lang":"en","text":"Payment of 15,000 received with thanks. The final 5,000 is due by 30 June as per the schedule.","flags":[]}
{"id":"y9","lang":"en","text":"Hi Alex, quick reminder that the 12,600 balance is due this Friday. I'll call Friday afternoon to confirm.","flags":[]}
{"id":"y10","lang":"en","text":"Good news, the replacement parts shipped today. That clears the way for the 33,000 payment by next Tuesday.","flags":[]}
{"id":"z1","lang":"zh","text":"林總,拜託您了,這個月我的回款達成率墊底,主管天天找我談話","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"z2","lang":"zh","text":"黃總,款項的事您方便時再安排就可以了,不急哦","flags":["vague_request","passive_close"]}
{"id":"z3","lang":"zh","text":"陳總,截至本月底貴司應付款項共計NT$356,000,請於下月5日前匯款,屆時我再與您確認。","flags":[]}
{"id":"z4","lang":"zh","text":"王总,这次能不能先打个十万八万的,剩下的您看情况","flags":["vague_request","passive_close"]}
{"id":"z5","lang":"zh","text":"李总,年底公司要审计应收账款,我压力也很大,您帮我想想办法","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"z6","lang":"zh","text":"张总,周三前回款8万,我帮您把下季度的返点提前兑现","flags":["unapproved_incentive"],"approved_incentives":["季度返点2%"]}
{"id":"z7","lang":"zh","text":"刘总,贵司欠款已超期45天,共计67,400元。请于本周五下午4点前付清,否则下周一起暂停发货。","flags":[]}
{"id":"z8","lang":"zh","text":"赵总,款子的事就拜托您多费心了,谢谢谢谢","flags":["pleading","vague_request"]}
{"id":"z9","lang":"zh","text":"钱总,要不这个月先付三成?剩下的下个月再说","flags":["vague_request","passive_close"]}
{"id":"z10","lang":"zh","text":"孙总,我们老板放话了,这个月收不回来整个部门都没奖金","flags":["quota_disclosure","vague_request"]}
{"id":"z11","lang":"zh","text":"周总,如果这周五前全额付清,运费我们承担,您不用操心","flags":["unapproved_incentive","vague_request"]}
{"id":"z12","lang":"zh","text":"吴总,收到回单了,12万元已确认,感谢!","flags":[]}
{"id":"z13","lang":"zh","text":"郑总,上次您答应的月底付款没有到账。请今天之内回复新的付款日期,且不晚于下周二,金额6.5万元。","flags":[]}
{"id":"z14","lang":"zh","text":"冯总,您别为难,我回去跟领导解释,您能付的时候再付","flags":["vague_request","passive_close"]}
{"id":"z15","lang":"zh","text":"何总,给我个面子嘛,先转点过来","flags":["pleading","vague_request"]}
{"id":"a1","lang":"en","text":"Mr. Green, I'd hate to get in hot water with head office over this. Any way you could sort the balance?","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"a2","lang":"en","text":"Hi Kim, balance due: 28,300. Due date: 14 March. If it's not received by then, I'll escalate to our credit team on the 15th.","flags":[]}
{"id":"a3","lang":"en","text":"No pressure, but it'd be great to see something come through at some stage.","flags":["vague_request","passive_close"]}
{"id":"a4","lang":"en","text":"Pay the 50k by Friday and I'll see if I can wangle you a better price on the next container.","flags":["unapproved_incentive"]}
{"id":"a5","lang":"en","text":"Our credit controller says we can go to 120 days for you, so don't worry too much.","flags":["quota_disclosure","unapproved_incentive","vague_request"]}
{"id":"a6","lang":"en","text":"I need this one closed before my review next week, please pay what you can.","flags":["pleading","quota_disclosure","vague_request"]}
{"id":"a7","lang":"en","text":"Hi Luis, thanks for confirming 17,000 by Thursday noon. Talk then!","flags":[]}
{"id":"a8","lang":"en","text":"I'll leave it up to you how much you send this month.","flags":["vague_request","passive_close"]}
{"id":"a9","lang":"en","text":"Please process payment for the overdue invoices ASAP.","flags":["vague_request"]}
{"id":"a10","lang":"en","text":"Just between us, I can probably get the interest written off if you pay by month end.","flags":["unapproved_incentive","vague_request"]}
{"id":"a11","lang":"en","text":"Please settle the 9,200 now overdue by Wednesday 12 June; copy me on the remittance.","flags":[]}
{"id":"a12","lang":"en","text":"Could you kindly help me out and clear the 16k by the 30th?","flags":["pleading"]}
{"id":"a13","lang":"en","text":"Happy to wait till your boss is back, just drop me a line then.","flags":["vague_request","passive_close"]}
{"id":"a14","lang":"en","text":"We got the 7k today, thanks so much!","flags":[]}
{"id":"a15","lang":"en","text":"My KPIs are tied to your account, so I'd really appreciate a payment soon.","flags":["quota_disclosure","vague_request"]}
"""
}
