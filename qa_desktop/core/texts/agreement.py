"""How the agreement statistics read (core/calibration/agreement.py): their plain-language readings and
the reasons one cannot be computed, in three languages. A reading is made of parts (``reading.*``,
``reason.*``); a part's value named ``*_text`` is another entry of this table, one named ``*band``
a band said inside a sentence ("from moderate to good", lowercase in English). The cited
thresholds' sources stay in English."""

TEXTS: dict[str, tuple[str, str, str]] = {
    # -- bands and levels inside a sentence ----------------------------------------------------------
    'band.excellent': ('excellent', '优秀', '優秀'),
    'band.good': ('good', '良好', '良好'),
    'band.moderate': ('moderate', '中等', '中等'),
    'band.poor': ('poor', '差', '差'),
    'level.nominal': ('nominal', '名义', '名義'),
    'level.ordinal': ('ordinal', '顺序', '順序'),
    'level.interval': ('interval', '等距', '等距'),
    'level.ratio': ('ratio', '比率', '比率'),
    # -- readings --------------------------------------------------------------------------------------
    'reading.percent_meets': (
        '{share:.0%} of rater pairs agreed ({agree} of {pairs}); meets the {target:.0%} calibration target. '
        'Not corrected for chance agreement.',
        '{share:.0%} 的评分人两两配对答案一致（{pairs} 对中 {agree} 对）；达到 {target:.0%} 的校准目标。'
        '未扣除偶然一致。',
        '{share:.0%} 的評分人兩兩配對答案一致（{pairs} 對中 {agree} 對）；達到 {target:.0%} 的校準目標。'
        '未扣除偶然一致。',
    ),
    'reading.percent_below': (
        '{share:.0%} of rater pairs agreed ({agree} of {pairs}); below the {target:.0%} calibration target. '
        'Not corrected for chance agreement.',
        '{share:.0%} 的评分人两两配对答案一致（{pairs} 对中 {agree} 对）；低于 {target:.0%} 的校准目标。'
        '未扣除偶然一致。',
        '{share:.0%} 的評分人兩兩配對答案一致（{pairs} 對中 {agree} 對）；低於 {target:.0%} 的校準目標。'
        '未扣除偶然一致。',
    ),
    'reading.alpha': ('alpha = {value:.3f}: {words_text}', 'α = {value:.3f}：{words_text}',
                      'α = {value:.3f}：{words_text}'),
    'words.alpha_good': (
        'reliable: the data can be relied on (alpha >= 0.800)',
        '可靠：数据可以信赖（α ≥ 0.800）',
        '可靠：資料可以信賴（α ≥ 0.800）',
    ),
    'words.alpha_moderate': (
        'tentative: only tentative conclusions (0.667 <= alpha < 0.800)',
        '暂定：只能得出初步结论（0.667 ≤ α < 0.800）',
        '暫定：只能得出初步結論（0.667 ≤ α < 0.800）',
    ),
    'words.alpha_poor': (
        'unreliable: disagreement is too large to rely on these ratings (alpha < 0.667)',
        '不可靠：分歧太大，不能依据这些评分（α < 0.667）',
        '不可靠：分歧太大，不能依據這些評分（α < 0.667）',
    ),
    'reading.bootstrap': (
        '; 95% bootstrap interval {low:.2f} to {high:.2f}, below 0.667 in {share:.0%} of {resamples} resamples',
        '；95% 自助法区间 {low:.2f} 至 {high:.2f}，{resamples} 次重抽样中 {share:.0%} 低于 0.667',
        '；95% 自助法區間 {low:.2f} 至 {high:.2f}，{resamples} 次重抽樣中 {share:.0%} 低於 0.667',
    ),
    'reading.few_units': (
        '; rests on only {n} units, so treat it with caution',
        '；仅基于 {n} 个单位，请谨慎看待',
        '；僅基於 {n} 個單位，請謹慎看待',
    ),
    'reading.end': ('.', '。', '。'),
    'reading.icc': ('{form} = {value:.3f}: {words_text}', '{form} = {value:.3f}：{words_text}',
                    '{form} = {value:.3f}：{words_text}'),
    'words.icc_excellent': ('excellent reliability (> 0.9)', '信度优秀（> 0.9）', '信度優秀（> 0.9）'),
    'words.icc_good': ('good reliability (0.75-0.9)', '信度良好（0.75–0.9）', '信度良好（0.75–0.9）'),
    'words.icc_moderate': ('moderate reliability (0.5-0.75)', '信度中等（0.5–0.75）', '信度中等（0.5–0.75）'),
    'words.icc_poor': ('poor reliability (< 0.5)', '信度差（< 0.5）', '信度差（< 0.5）'),
    'reading.icc_ci_span': (
        '; 95% confidence interval {low:.2f} to {high:.2f} (from {low_band} to {high_band})',
        '；95% 置信区间 {low:.2f} 至 {high:.2f}（从{low_band}到{high_band}）',
        '；95% 信賴區間 {low:.2f} 至 {high:.2f}（從{low_band}到{high_band}）',
    ),
    'reading.icc_ci_within': (
        '; 95% confidence interval {low:.2f} to {high:.2f} ({band} throughout)',
        '；95% 置信区间 {low:.2f} 至 {high:.2f}（整个区间均为{band}）',
        '；95% 信賴區間 {low:.2f} 至 {high:.2f}（整個區間均為{band}）',
    ),
    'reading.icc_dropped': (
        '; {dropped} unit(s) with a missing rating were left out (complete cases only)',
        '；{dropped} 个单位缺少评分，未计入（只用完整数据）',
        '；{dropped} 個單位缺少評分，未計入（只用完整資料）',
    ),
    'reading.kappa': ('kappa = {value:.3f}: {words_text}', 'κ = {value:.3f}：{words_text}',
                      'κ = {value:.3f}：{words_text}'),
    'words.kappa_almost_perfect': (
        'almost perfect agreement (> 0.80)', '几乎完全一致（> 0.80）', '幾乎完全一致（> 0.80）',
    ),
    'words.kappa_substantial': ('substantial agreement (0.61-0.80)', '高度一致（0.61–0.80）', '高度一致（0.61–0.80）'),
    'words.kappa_moderate': ('moderate agreement (0.41-0.60)', '中度一致（0.41–0.60）', '中度一致（0.41–0.60）'),
    'words.kappa_fair': ('fair agreement (0.21-0.40)', '一般一致（0.21–0.40）', '一般一致（0.21–0.40）'),
    'words.kappa_slight': ('slight agreement (0-0.20)', '轻微一致（0–0.20）', '輕微一致（0–0.20）'),
    'words.kappa_below_chance': ('less than chance agreement (< 0)', '低于偶然一致（< 0）', '低於偶然一致（< 0）'),
    'reading.kappa_meets': ('; meets the 0.7 target', '；达到 0.7 的目标', '；達到 0.7 的目標'),
    'reading.kappa_below': ('; below the 0.7 target', '；低于 0.7 的目标', '；低於 0.7 的目標'),
    'reading.kappa_dropped': (
        '; {dropped} unit(s) rated by fewer raters were left out',
        '；{dropped} 个评分人较少的单位未计入',
        '；{dropped} 個評分人較少的單位未計入',
    ),
    'reading.not_computable': ('Not computable: ', '无法计算：', '無法計算：'),
    # -- why a statistic cannot be computed ------------------------------------------------------------
    'reason.two_raters': ('needs at least two raters, found {n}', '至少需要两位评分人，实际 {n} 位',
                          '至少需要兩位評分人，實際 {n} 位'),
    'reason.no_pairable': (
        'no unit was rated by two or more raters',
        '没有任何单位由两位或以上评分人评分',
        '沒有任何單位由兩位或以上評分人評分',
    ),
    'reason.within_numeric': (
        "'within {within:g} point' needs numeric ratings; found {found}",
        '“相差不超过 {within:g} 分”需要数值评分；发现 {found}',
        '「相差不超過 {within:g} 分」需要數值評分；發現 {found}',
    ),
    'reason.two_units': (
        'needs at least two units rated by two or more raters, found {n}',
        '至少需要两个由两位或以上评分人评分的单位，实际 {n} 个',
        '至少需要兩個由兩位或以上評分人評分的單位，實際 {n} 個',
    ),
    'reason.two_units_missing': (
        'needs at least two units rated by two or more raters, found {n} ({missing} rating(s) missing)',
        '至少需要两个由两位或以上评分人评分的单位，实际 {n} 个（缺少 {missing} 个评分）',
        '至少需要兩個由兩位或以上評分人評分的單位，實際 {n} 個（缺少 {missing} 個評分）',
    ),
    'reason.level_numeric': (
        'the {level_text} level needs numeric ratings; found {found}',
        '{level_text}尺度需要数值评分；发现 {found}',
        '{level_text}尺度需要數值評分；發現 {found}',
    ),
    'reason.level_ordered': (
        'the ordinal level needs numeric ratings or an ordered list of categories; found {found}',
        '顺序尺度需要数值评分或有序的类别列表；发现 {found}',
        '順序尺度需要數值評分或有序的類別列表；發現 {found}',
    ),
    'reason.identical_alpha': (
        'all ratings are identical, so there is no variation to measure agreement against (alpha is undefined, '
        'not perfect)',
        '所有评分完全相同，没有可衡量一致性的差异（α 无定义，并非完美一致）',
        '所有評分完全相同，沒有可衡量一致性的差異（α 無定義，並非完美一致）',
    ),
    'reason.ratio_negative': (
        'the ratio level needs non-negative values', '比率尺度需要非负数值', '比率尺度需要非負數值',
    ),
    'reason.no_expected_disagreement': ('the expected disagreement is zero', '预期分歧为零', '預期分歧為零'),
    'reason.icc_numeric': ('ICC needs numeric ratings; found {found}', 'ICC 需要数值评分；发现 {found}',
                           'ICC 需要數值評分；發現 {found}'),
    'reason.complete_units': (
        'needs at least two units rated by every rater, found {n}',
        '至少需要两个由每位评分人都评过的单位，实际 {n} 个',
        '至少需要兩個由每位評分人都評過的單位，實際 {n} 個',
    ),
    'reason.complete_units_dropped': (
        'needs at least two units rated by every rater, found {n} ({dropped} unit(s) dropped for missing ratings)',
        '至少需要两个由每位评分人都评过的单位，实际 {n} 个（{dropped} 个单位因缺少评分未计入）',
        '至少需要兩個由每位評分人都評過的單位，實際 {n} 個（{dropped} 個單位因缺少評分未計入）',
    ),
    'reason.identical_icc': (
        'all ratings are identical, so there is no variance to partition (ICC is undefined, not perfect)',
        '所有评分完全相同，没有可分解的方差（ICC 无定义，并非完美一致）',
        '所有評分完全相同，沒有可分解的變異（ICC 無定義，並非完美一致）',
    ),
    'reason.icc_no_value': (
        'the calls differ less than the raters disagree (the variance estimates leave this form without a '
        'valid value)',
        '录音之间的差异小于评分人之间的分歧（方差估计使这一形式没有有效值）',
        '錄音之間的差異小於評分人之間的分歧（變異估計使這一形式沒有有效值）',
    ),
    'reason.kappa_units': (
        'needs at least two units rated by the same {m} raters, found {n}',
        '至少需要两个由同样 {m} 位评分人评分的单位，实际 {n} 个',
        '至少需要兩個由同樣 {m} 位評分人評分的單位，實際 {n} 個',
    ),
    'reason.identical_kappa': (
        'all ratings are identical, so chance agreement is total and kappa is undefined',
        '所有评分完全相同，偶然一致为百分之百，κ 无定义',
        '所有評分完全相同，偶然一致為百分之百，κ 無定義',
    ),
    'reason.kappa_expected': ('expected agreement is total', '预期一致为百分之百', '預期一致為百分之百'),
}
